// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation

/// A submitted form (`application/x-www-form-urlencoded`): its fields in order, decoded.
struct FormBody: Sendable {
    /// The fields, in the order sent.
    var fields: [(name: String, value: String)]

    /// Decodes `text`; a field that is not valid percent-encoding is kept as sent.
    init(_ text: String) {
        fields = text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// The first value of `name`, or nil.
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
#endif
