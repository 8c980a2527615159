//! The README's code map matches the tree: every module is named in it,
//! and every path it names exists.

use std::path::Path;

fn code_map() -> String {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme
        .find("## Code map")
        .expect("the README has a code map");
    let rest = &readme[start + 3..];
    rest[..rest.find("\n## ").unwrap_or(rest.len())].to_string()
}

#[test]
fn every_module_is_on_the_code_map() {
    let map = code_map();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            if !map.contains(&format!("`src/{name}/`")) {
                missing.push(format!("src/{name}/"));
            }
            for file in std::fs::read_dir(&path).unwrap() {
                let file = file.unwrap().path();
                let file_name = file.file_name().unwrap().to_string_lossy().to_string();
                // cli/ is one file per command, named after it.
                if name == "cli" {
                    continue;
                }
                let only_tests = file.is_dir()
                    && std::fs::read_dir(&file)
                        .unwrap()
                        .all(|f| f.unwrap().file_name() == "tests.rs");
                let shown = if only_tests {
                    continue;
                } else if file.is_dir() {
                    format!("`{file_name}/`")
                } else if file_name.ends_with(".rs")
                    && !matches!(file_name.as_str(), "mod.rs" | "tests.rs" | "proptests.rs")
                {
                    format!("`{file_name}`")
                } else {
                    continue;
                };
                if file_name != "snapshots" && !map.contains(&shown) {
                    missing.push(format!("src/{name}/{file_name}"));
                }
            }
        } else if !map.contains(&format!("`src/{name}`")) {
            missing.push(format!("src/{name}"));
        }
    }
    assert!(
        missing.is_empty(),
        "not on the README's code map: {missing:?}"
    );
}

#[test]
fn every_path_on_the_code_map_exists() {
    let map = code_map();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let paths: Vec<&str> = map
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|p| p.starts_with("src/") || p.starts_with("tests/"))
        .collect();
    assert!(paths.len() > 10, "{paths:?}");
    for p in paths {
        assert!(
            root.join(p).exists(),
            "the code map names `{p}`, which is not there"
        );
    }
}
