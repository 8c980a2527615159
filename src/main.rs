fn main() -> std::process::ExitCode {
    okr::run(std::env::args_os())
}
