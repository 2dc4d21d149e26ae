//! Tests that keep generated parts of the README in step with the code: each part sits between
//! `<!-- name:start -->` and `<!-- name:end -->`. Run with `SELLOFF_LAB_WRITE_README=1` to
//! rewrite them.

/// Fails unless the README's part `name` is exactly `content` (or rewrites it, on request).
pub fn check_section(name: &str, content: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let (start, end) = (
        format!("<!-- {name}:start -->\n"),
        format!("<!-- {name}:end -->"),
    );
    let a = readme
        .find(&start)
        .unwrap_or_else(|| panic!("README has no {start}"))
        + start.len();
    let b = readme
        .find(&end)
        .unwrap_or_else(|| panic!("README has no {end}"));
    if std::env::var_os("SELLOFF_LAB_WRITE_README").is_some() {
        std::fs::write(&path, format!("{}{content}{}", &readme[..a], &readme[b..]))
            .expect("README.md written");
        return;
    }
    assert_eq!(
        &readme[a..b],
        content,
        "README's {name} part is out of date: run SELLOFF_LAB_WRITE_README=1 cargo test readme"
    );
}
