/// Splits text into words, scalar by scalar (see ``PersonalHeading``): at anything but a
/// letter, digit or combining mark; between a lower-case letter and a capital (`firstName`);
/// before the last capital of a run followed by a lower-case letter (`IPAddress`); between
/// letters and digits (`q3`). It keeps at most one word more than `limit`, and of each word
/// its first ``longestWord`` characters, so a heading of a megabyte costs one pass.
struct WordSplitter {
    /// The characters kept of a word: 40. The longest word the headings rule knows has 27
    /// ("steueridentifikationsnummer"); a longer word matches none, cut or not.
    static let longestWord = 40

    let limit: Int
    private(set) var words: [String] = []
    private var current = String.UnicodeScalarView()
    private var currentLength = 0
    /// Whether the last two letters of the current word are capitals (nil: no such letter).
    private var previousCapital: Bool?
    private var beforePreviousCapital: Bool?
    private var previousDigit = false

    init(limit: Int) {
        self.limit = limit
    }

    /// Whether there were more than `limit` words.
    var isOver: Bool { words.count > limit }

    /// Ends the current word.
    mutating func boundary() {
        if currentLength > 0, words.count <= limit { words.append(String(current)) }
        current = String.UnicodeScalarView()
        currentLength = 0
        previousCapital = nil
        beforePreviousCapital = nil
        previousDigit = false
    }

    /// Reads the next scalar.
    mutating func add(_ scalar: Unicode.Scalar) {
        let kind = Self.kind(of: scalar)
        if kind == .mark {
            if currentLength > 0 { append(scalar) } else { boundary() }
            return
        }
        guard kind != .other else {
            boundary()
            return
        }
        let isDigit = kind == .digit
        if currentLength > 0, isDigit != previousDigit { boundary() }
        if !isDigit {
            let capital = kind == .capital
            if capital, previousCapital == false {
                boundary()  // firstName
            } else if !capital, previousCapital == true, beforePreviousCapital == true, currentLength <= Self.longestWord,
                      let last = current.last {
                // IPAddress: the last capital starts the next word.
                current.removeLast()
                currentLength -= 1
                boundary()
                append(last)
                previousCapital = true
            }
            beforePreviousCapital = previousCapital
            previousCapital = capital
        }
        previousDigit = isDigit
        append(scalar)
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        if currentLength < Self.longestWord, words.count <= limit { current.append(scalar) }
        currentLength += 1
    }

    private enum Kind { case lower, capital, digit, mark, other }

    /// What `scalar` is; ASCII without a look-up.
    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x61...0x7A: return .lower
        case 0x41...0x5A: return .capital
        case 0x30...0x39: return .digit
        case 0...0x7F: return .other
        default:
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
            default: break
            }
            if properties.numericType == .decimal { return .digit }
            guard properties.isAlphabetic else { return .other }
            return properties.isUppercase ? .capital : .lower
        }
    }
}
