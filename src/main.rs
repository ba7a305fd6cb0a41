fn main() {
    let code = facerights::run(std::env::args_os());
    std::process::exit(code as i32);
}
