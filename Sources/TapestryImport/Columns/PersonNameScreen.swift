import Foundation
import TapestryTemplates
import Yams

/// Recognises a person's name typed where it does not belong: as a group, or in an answer
/// cell. A heuristic, tuned to miss ordinary group names rather than to catch every name
/// (``PersonalData/looksPersonal(_:)`` catches e-mail addresses, IP addresses and phone
/// numbers). A value of 2–4 words, without digits and without a word of `notNames`
/// (`Templates/names/person-names.yaml`: "group", "network", "faith"…), is a name when
///
/// - its first word is a common given name of the list (any language there; case and accents
///   ignored), followed by words or initials: "Maria Garcia", "Bob Q Jones", "henry leakname";
/// - or it is a capitalised word, one or two initials with a full stop and a capitalised word:
///   "Kim J. Park" (without the full stop, "Zone B East" is more likely a place);
/// - or "Surname, Given…" with a given name of the list: "Jones, Bob";
/// - or it starts with a title of address ("Dr. Ann Smith", "Cllr Patel").
///
/// Leading initials alone ("J. Smith") are not taken for a name: "N. Ireland" and "W. Midlands"
/// are groups.
///
/// When the value mixes upper and lower case, every word must be capitalised ("Anna
/// Schmidt", not "Anna's table").
enum PersonNameScreen {
    /// The list's place under Templates/.
    static let templatePath = "names/person-names.yaml"
    /// Longer values are not taken for a name (a name this screen knows has at most 4 words).
    static let longestName = 80

    /// Titles of address that start a person's name (folded, without the full stop).
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "revd", "cllr", "sir",
                                          "dame", "sr", "fr", "herr", "frau", "sra", "mme", "mlle"]

    /// Given names, folded (lower case, no accents); from the template.
    static let givenNames: Set<String> = words(under: "givenNames")
    /// Words that only group names hold, folded; from the template.
    static let notNames: Set<String> = words(under: "notNames")

    /// Whether `value` looks like a person's name.
    static func looksLikeName(_ value: String) -> Bool {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count >= 3, text.count <= longestName, !text.contains(where: \.isNumber) else { return false }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        let mixedCase = text.contains(where: \.isUppercase) && text.contains(where: \.isLowercase)
        if parts.count == 2 {
            // "Jones, Bob": one or two surname words, then a name that starts with a given name.
            let surname = tokens(parts[0])
            let given = tokens(parts[1])
            guard (1...2).contains(surname.count), surname.allSatisfy({ isWord($0, capitalised: mixedCase) }),
                  !given.isEmpty, surname.count + given.count <= 4, !vetoed(surname + given) else { return false }
            return startsWithGivenName(given, mixedCase: mixedCase, alone: true)
        }
        guard parts.count == 1 else { return false }
        let words = tokens(text)
        guard (2...4).contains(words.count), !vetoed(words) else { return false }
        if startsWithGivenName(words, mixedCase: mixedCase, alone: false) { return true }
        // "Dr. Ann Smith", "Rev Jones": a title of address, then words or initials.
        if honorifics.contains(fold(words[0].filter { $0 != "." })), let last = words.last, isWord(last, capitalised: mixedCase),
           words.dropFirst().allSatisfy({ isWord($0, capitalised: mixedCase) || isInitial($0) }) { return true }
        guard mixedCase, let last = words.last, isWord(last, capitalised: true) else { return false }
        // "Kim J. Park": a word, initials with a full stop, a word.
        return words.count >= 3 && isWord(words[0], capitalised: true)
            && words.dropFirst().dropLast().allSatisfy { isInitial($0) && $0.hasSuffix(".") }
    }

    /// `words` start with a given name and go on with words or initials (a word last); alone:
    /// the given name may stand by itself (after "Surname,").
    private static func startsWithGivenName(_ words: [Substring], mixedCase: Bool, alone: Bool) -> Bool {
        guard let first = words.first, isWord(first, capitalised: mixedCase) else { return false }
        let folded = fold(first)
        let known = givenNames.contains(folded)
            || (folded.contains("-") && folded.split(separator: "-").first.map { givenNames.contains(String($0)) } == true)
        guard known else { return false }
        let rest = words.dropFirst()
        if rest.isEmpty { return alone }
        guard let last = rest.last, isWord(last, capitalised: mixedCase) else { return false }
        return rest.allSatisfy { isWord($0, capitalised: mixedCase) || isInitial($0) }
    }

    /// Whether any word is one only group names hold.
    private static func vetoed(_ words: [Substring]) -> Bool {
        words.contains { notNames.contains(fold($0)) }
    }

    /// Letters, with hyphens or apostrophes inside ("Jean-Pierre", "O'Neill"), at least two
    /// letters; capitalised: the first letter upper case.
    private static func isWord(_ token: Substring, capitalised: Bool) -> Bool {
        guard let first = token.first, first.isLetter, let last = token.last, last.isLetter,
              token.filter(\.isLetter).count >= 2,
              token.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }) else { return false }
        return !capitalised || first.isUppercase
    }

    /// "Q", "Q." or "J.R.": single capital letters, each with or without a full stop.
    private static func isInitial(_ token: Substring) -> Bool {
        let letters = token.split(separator: ".", omittingEmptySubsequences: true)
        guard !letters.isEmpty, letters.count <= 2 else { return false }
        return letters.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
            && token.allSatisfy { $0 == "." || $0.isUppercase }
    }

    private static func tokens(_ text: Substring) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    private static func tokens(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    /// Lower case, without accents: "José" → "jose".
    static func fold<Text: StringProtocol>(_ word: Text) -> String {
        String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// The folded words of one section of the template (a list, or lists by language); empty
    /// if the template is missing or broken (a test checks it is not).
    private static func words(under key: String) -> Set<String> {
        guard let yaml = TemplateFiles.contents(of: templatePath),
              let section = (try? Yams.compose(yaml: yaml))??.mapping?[key] else { return [] }
        let lists = section.mapping.map { Array($0.values) } ?? [section]
        return Set(lists.flatMap { $0.sequence?.compactMap(\.string) ?? [] }.map(fold))
    }
}
