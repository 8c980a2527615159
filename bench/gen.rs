//! Writes a long-format metrics CSV for the benchmark, fast (bench/run.py
//! compiles it with `rustc -O`; it has no dependencies).
//!
//!     gen ROWS plain|nordic|quoted|multiline OUT [SEED]
//!
//! Two years of days (2024-01-01 to 2025-12-30) in date order, ROWS/730 rows
//! a day; each row a random metric of 200 (`metric_000`..), a random segment
//! of 50 and a value: counts for even metrics, amounts with two decimals for
//! odd ones, 2% of cells empty. `plain`: `,` and a decimal point, LF.
//! `nordic`: as a Nordic Excel writes it: a BOM, `;`, decimal commas,
//! DD.MM.YYYY dates, CRLF. `quoted`: `plain` with every cell in quotes (an
//! empty value as `""`), as many exporters write. `multiline`: `quoted`
//! with a line break inside the first row's quoted segment cell, which
//! sends okr to its general reader (the fast path cuts chunks at any
//! newline, so it reads no quoted one).

use std::io::{BufWriter, Write};

const DAYS: u64 = 730;
const METRICS: u64 = 200;
const SEGMENTS: u64 = 50;

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn push_uint(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: gen ROWS plain|nordic|quoted|multiline OUT [SEED]");
        std::process::exit(2);
    }
    let rows: u64 = args[1].parse().expect("ROWS is a number");
    let mut multiline = args[2] == "multiline";
    let (nordic, quoted) = match args[2].as_str() {
        "plain" => (false, false),
        "nordic" => (true, false),
        "quoted" | "multiline" => (false, true),
        other => panic!("unknown variant {other}"),
    };
    let q: &[u8] = if quoted { b"\"" } else { b"" };
    let seed: u64 = args.get(4).map_or(42, |s| s.parse().expect("SEED is a number"));
    let (delim, mark, eol): (u8, u8, &[u8]) = if nordic {
        (b';', b',', b"\r\n")
    } else {
        (b',', b'.', b"\n")
    };
    let file = std::fs::File::create(&args[3]).expect("cannot create OUT");
    let mut w = BufWriter::with_capacity(8 << 20, file);
    let mut out: Vec<u8> = Vec::with_capacity(1 << 20);
    if nordic {
        out.extend_from_slice(&[0xEF, 0xBB, 0xBF]);
    }
    for (i, name) in ["date", "metric", "value", "segment"].iter().enumerate() {
        if i > 0 {
            out.push(delim);
        }
        out.extend_from_slice(q);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(q);
    }
    out.extend_from_slice(eol);
    let names: Vec<String> = (0..METRICS).map(|m| format!("metric_{m:03}")).collect();
    let start = 19_723; // 2024-01-01
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    for day in 0..DAYS {
        let (y, m, d) = civil(start + day as i64);
        let date = if nordic {
            format!("{d:02}.{m:02}.{y:04}")
        } else {
            format!("{y:04}-{m:02}-{d:02}")
        };
        let date = if quoted { format!("\"{date}\"") } else { date };
        let from = rows * day / DAYS;
        let to = rows * (day + 1) / DAYS;
        for _ in from..to {
            let r = rng.next();
            let metric = r % METRICS;
            let segment = (r >> 8) % SEGMENTS;
            out.extend_from_slice(date.as_bytes());
            out.push(delim);
            out.extend_from_slice(q);
            out.extend_from_slice(names[metric as usize].as_bytes());
            out.extend_from_slice(q);
            out.push(delim);
            out.extend_from_slice(q);
            if (r >> 16) % 50 != 0 {
                let v = (r >> 24) % 1_000_000;
                if metric % 2 == 0 {
                    push_uint(&mut out, v / 100);
                } else {
                    push_uint(&mut out, v / 100);
                    out.push(mark);
                    out.push(b'0' + (v / 10 % 10) as u8);
                    out.push(b'0' + (v % 10) as u8);
                }
            }
            out.extend_from_slice(q);
            out.push(delim);
            out.extend_from_slice(q);
            out.extend_from_slice(b"segment_");
            out.push(b'0' + (segment / 10) as u8);
            out.push(b'0' + (segment % 10) as u8);
            if multiline {
                out.extend_from_slice(b"\nsee the notes");
                multiline = false;
            }
            out.extend_from_slice(q);
            out.extend_from_slice(eol);
            if out.len() > (1 << 20) - 256 {
                w.write_all(&out).expect("write failed");
                out.clear();
            }
        }
    }
    w.write_all(&out).expect("write failed");
    w.flush().expect("write failed");
}
