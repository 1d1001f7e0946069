import Crypto
import Foundation

/// Turns a respondent identifier into a pseudonymous key: HMAC-SHA256 of the identifier
/// (trimmed, lower case) under a secret key. With the coordinator's key (`--link-key-file`
/// or `TAPESTRY_LINK_KEY`) the same person gets the same key in every round, so rounds can be
/// linked; without one, a random key lives only for this run, enough to find duplicates in
/// it. The identifier itself is never kept, and the key never reaches a report.
public struct RespondentKeyer: Sendable {
    /// The secret's bytes (SymmetricKey is not Sendable; one is made for each use).
    private let secret: Data
    /// Whether keys are stable across runs (a key was given), so rounds may be linked.
    public let linksRounds: Bool

    /// A keyer with the coordinator's secret, or a random one for this run when nil.
    public init(secret: Data?) {
        if let secret, !secret.isEmpty {
            self.secret = secret
            linksRounds = true
        } else {
            self.secret = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
            linksRounds = false
        }
    }

    /// The pseudonymous key of an identifier; nil for a blank one.
    public func key(for identifier: String) -> String? {
        let normalized = identifier.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !normalized.isEmpty else { return nil }
        let code = HMAC<SHA256>.authenticationCode(for: Data(normalized.utf8), using: SymmetricKey(data: secret))
        return code.map { String(format: "%02x", $0) }.joined()
    }
}
