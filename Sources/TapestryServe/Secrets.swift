// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Crypto
import Foundation

/// Random tokens, keyed hashes and constant-time comparison: the server's whole use of
/// cryptography (participant tokens, facilitator secrets, CSRF tokens).
enum Secrets {
    /// A random token of `bytes` bytes from the system's secure generator, as lowercase hex.
    static func token(bytes: Int = 16) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// A short join code people can read out and type: `length` letters and digits without
    /// the ones that look alike (0/O, 1/I/L).
    static func joinCode(length: Int = 6) -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// SHA-256 of `text`, as hex: what the store keeps instead of a token or a secret.
    static func hash(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// HMAC-SHA-256 of `message` under `key`, as hex (CSRF tokens).
    static func mac(_ message: String, key: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: SymmetricKey(data: Data(key.utf8)))
        return code.map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `a` equals `b`, in time that does not depend on where they first differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// The base64 SHA-256 of `text`, as a Content-Security-Policy source: `'sha256-…'`.
    static func cspHash(_ text: String) -> String {
        "'sha256-" + Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString() + "'"
    }
}
#endif
