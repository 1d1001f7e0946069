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

    /// An identifier as compared: trimmed and lower case; nil when blank. Duplicates within a
    /// run are found on this (in memory only, never written anywhere).
    public static func normalize(_ identifier: String) -> String? {
        let normalized = identifier.trimmed.lowercased()
        return normalized.isEmpty ? nil : normalized
    }

    /// The pseudonymous key of an identifier; nil for a blank one.
    public func key(for identifier: String) -> String? {
        guard let normalized = Self.normalize(identifier) else { return nil }
        let code = HMAC<SHA256>.authenticationCode(for: Data(normalized.utf8), using: SymmetricKey(data: secret))
        return Self.hex(code)
    }

    /// Lower-case hex, by table: `String(format: "%02x")` per byte took 44 % of import time in
    /// `make benchmark` (200k rows).
    private static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(64)
        for byte in bytes {
            result.append(digits[Int(byte >> 4)])
            result.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: result, as: UTF8.self)
    }
}
