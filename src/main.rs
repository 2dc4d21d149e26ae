//! The browser entry point: read the link and the browser's languages, install the panic hook,
//! mount the app.

fn main() {
    #[cfg(target_arch = "wasm32")]
    selloff_lab::web::start();
}
