import Crypto
import Foundation

/// Turns a respondent identifier into a pseudonymous key: HMAC-SHA256 of the identifier
/// (trimmed, lower case) under a secret key. Rounds given in one run are linked by these keys:
/// without a key of the coordinator's, the secret is a random 256-bit `SymmetricKey` made for
/// this run, held in memory only and never written, so the keys mean nothing after the run.
/// With the coordinator's key (`--link-key-file` or `TAPESTRY_LINK_KEY`) the same member gets
/// the same key in every run, should an output ever need stable pseudonyms. The identifier
/// itself is never kept, and neither it nor its key reaches a report.
public struct RespondentKeyer: Sendable {
    /// The secret's bytes (SymmetricKey is not Sendable; one is made for each use).
    private let secret: Data
    /// Whether the keys are the same in every run (the coordinator's key was given), rather
    /// than for this run only.
    public let isStable: Bool

    /// A keyer with the coordinator's secret, or a random one for this run when nil or empty.
    public init(secret: Data?) {
        if let secret, !secret.isEmpty {
            self.secret = secret
            isStable = true
        } else {
            self.secret = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
            isStable = false
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

    /// How many bytes of the HMAC a link key keeps: 11 (88 bits), written as 15 base64url
    /// characters, which a Swift string holds inline, without an allocation for each of the
    /// members kept for paired change (the full hex key took a 96-byte allocation more each,
    /// about a fifth of what a linked member costs). Two of a million members share a link key
    /// with a chance of about 10⁻¹⁵.
    public static let linkKeyBytes = 11

    /// The key rounds are linked by: the first ``linkKeyBytes`` of the identifier's HMAC
    /// (``key(for:)``'s), in base64url without padding; nil for a blank identifier.
    public func linkKey(for identifier: String) -> String? {
        guard let normalized = Self.normalize(identifier) else { return nil }
        let code = HMAC<SHA256>.authenticationCode(for: Data(normalized.utf8), using: SymmetricKey(data: secret))
        return code.withUnsafeBytes { Self.base64url($0.prefix(Self.linkKeyBytes)) }
    }

    /// Base64url (RFC 4648 §5) without padding.
    private static func base64url<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var result: [UInt8] = []
        result.reserveCapacity((bytes.count * 4 + 2) / 3)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = buffer << 8 | UInt32(byte)
            bits += 8
            while bits >= 6 {
                bits -= 6
                result.append(alphabet[Int(buffer >> UInt32(bits) & 0x3F)])
            }
        }
        if bits > 0 { result.append(alphabet[Int(buffer << UInt32(6 - bits) & 0x3F)]) }
        return String(decoding: result, as: UTF8.self)
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
