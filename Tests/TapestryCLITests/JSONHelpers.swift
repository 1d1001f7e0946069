import Foundation
import Testing

/// Parses a command's JSON output.
func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

/// The first round of an assessment's JSON.
func firstRound(_ assessment: [String: Any]) throws -> [String: Any] {
    try #require((assessment["rounds"] as? [[String: Any]])?.first)
}

/// A JSON value written with sorted keys, for comparing two parsed values whole.
func canonicalJSON(_ value: Any?) throws -> String {
    guard let value else { return "nil" }
    return String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
}
