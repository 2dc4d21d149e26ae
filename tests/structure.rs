//! The codebase's shape: no function in `src/components/` runs over 100 lines. Clippy's
//! `too_many_lines` (threshold in `clippy.toml`) covers plain functions; the bodies of
//! `#[function_component]`s come out of a macro, where clippy does not look, so this test
//! measures every function the same way.

use std::path::Path;

const LIMIT: usize = 100;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Braces in code, ignoring those inside string and char literals and comments.
fn brace_delta(line: &str) -> i32 {
    let (mut depth, mut in_str, mut prev) = (0, false, ' ');
    let code = line.split("//").next().unwrap_or_default();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '\'' if !in_str => {
                // A char literal like '{' : skip it whole.
                let rest: String = chars.clone().take(2).collect();
                if rest.len() == 2 && rest.ends_with('\'') {
                    chars.next();
                    chars.next();
                }
            }
            '{' if !in_str => depth += 1,
            '}' if !in_str => depth -= 1,
            _ => {}
        }
        prev = if prev == '\\' && c == '\\' { ' ' } else { c };
    }
    depth
}

/// (file, line, name, length) of every function longer than the limit.
fn long_functions(root: &Path) -> Vec<(String, usize, String, usize)> {
    let mut files = Vec::new();
    rust_files(root, &mut files);
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let t = lines[i].trim_start();
            let is_fn = ["fn ", "pub fn ", "pub(crate) fn ", "pub(super) fn "]
                .iter()
                .any(|p| t.starts_with(p));
            if !is_fn {
                i += 1;
                continue;
            }
            let name = t
                .split("fn ")
                .nth(1)
                .unwrap_or_default()
                .split(['(', '<'])
                .next()
                .unwrap_or_default()
                .to_string();
            // From the signature to the brace that closes the body.
            let (mut depth, mut opened, mut j, mut counted) = (0, false, i, 0);
            while j < lines.len() {
                let l = lines[j];
                depth += brace_delta(l);
                opened |= l.contains('{');
                let trimmed = l.trim();
                if !trimmed.is_empty() && !trimmed.starts_with("//") {
                    counted += 1;
                }
                if opened && depth <= 0 || (!opened && trimmed.ends_with(';')) {
                    break;
                }
                j += 1;
            }
            if counted > LIMIT {
                found.push((file.display().to_string(), i + 1, name, counted));
            }
            i = j + 1;
        }
    }
    found
}

#[test]
fn no_component_function_is_longer_than_a_hundred_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components");
    let long = long_functions(&root);
    assert!(long.is_empty(), "functions over {LIMIT} lines: {long:#?}");
}

#[test]
fn the_measure_catches_a_long_component() {
    let dir = std::env::temp_dir().join("selloff-structure-test");
    std::fs::create_dir_all(&dir).unwrap();
    let body: String = (0..120)
        .map(|i| format!("    let _x{i} = \"{{\";\n"))
        .collect();
    std::fs::write(dir.join("long.rs"), format!("#[function_component(Long)]\nfn long() -> Html {{\n{body}    html! {{ <p>{{ \"}}\" }}</p> }}\n}}\n")).unwrap();
    let long = long_functions(&dir);
    assert_eq!(long.len(), 1, "{long:?}");
    assert!(long[0].3 > LIMIT);
}
