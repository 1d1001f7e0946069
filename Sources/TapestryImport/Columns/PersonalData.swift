import Foundation

/// Recognises columns and values that hold personal data: names, e-mail addresses, IP
/// addresses, phone numbers, postal addresses, birth dates, identity numbers, the names of
/// interviewers and observers, signatures, locations, recipient and external-reference
/// fields, "submitted by", network ids and access tokens. Such columns are dropped at import;
/// their values are never read into responses or findings.
public enum PersonalData {
    /// Column names (letters and digits only, lower case) that are personal wherever they stand.
    static let exactNames: Set<String> = [
        "email", "emailaddress", "mail", "correo", "correoelectronico", "courriel", "adressecourriel",
        "emailadresse", "name", "fullname", "firstname", "lastname", "surname", "givenname", "familyname",
        "nombre", "apellido", "apellidos", "nom", "prenom", "vorname", "nachname", "nome", "sobrenome",
        "ipaddress", "ipaddr", "ip", "ipadresse", "direccionip", "adresseip", "enderecoip",
        "phone", "phonenumber", "telephone", "tel", "mobile", "cellphone", "telefono", "telefon", "telefone",
        "address", "streetaddress", "postaladdress", "postcode", "zipcode", "zip", "direccion", "adresse",
        "dob", "dateofbirth", "birthdate", "birthday", "fechadenacimiento", "geburtsdatum", "datedenaissance",
        "latitude", "longitude", "locationlatitude", "locationlongitude", "locationaccuracy", "geolocation",
        "gps", "externalreference", "externaldatareference", "externalref", "submittedby", "networkid",
        "token", "refurl", "customdata", "customdata1", "customdata2", "participantemail", "username",
        "subscriberid", "simserial", "imei",
    ]

    /// Prefixes of variable names (headings without white space) that are personal:
    /// `RecipientEmail`, `LocationLatitude`, `PanelExternalDataReference`, `customdata3`.
    static let prefixes = ["recipient", "panelrecipient", "panelexternal", "externaldata", "location", "customdata"]

    /// Fragments that make a variable name (a heading without white space) personal anywhere
    /// in it: `respondentemailaddress`, `Kontakttelefonnummer`.
    static let fragments = ["email", "ipaddress", "ipadresse", "phonenumber", "telefonnummer"]

    /// The longest heading, in UTF-8 bytes, read for personal data by its name: 1,000. No
    /// platform writes a variable name or a short heading that long (question texts that long
    /// are sentences, never personal by their words), and reading a heading of a megabyte
    /// word by word, several times over, took seconds. Longer headings are not personal by
    /// name; their values are still screened (``looksPersonal(_:)``).
    static let longestHeading = 1_000

    /// Whether a column of this name holds personal data: ``isPersonalVariable(_:)``, or its
    /// words name personal data (``PersonalHeading``). Used after instrument items are matched,
    /// so a statement is never taken for personal data.
    public static func isPersonal(name: String) -> Bool {
        isPersonalVariable(name) || (name.utf8.count <= longestHeading && PersonalHeading.isPersonal(name))
    }

    /// Whether the name is personal on its own, before any item is matched (headings of at
    /// most ``longestHeading`` bytes): one of
    /// ``exactNames`` in any case and punctuation (`E-Mail`, `first_name`), or, for a heading
    /// without white space, one that starts with one of ``prefixes`` or holds one of
    /// ``fragments``. (A spaced heading is a sentence or a label: "Address conflicts openly"
    /// starts with `address` and is a statement.)
    static func isPersonalVariable(_ name: String) -> Bool {
        guard name.utf8.count <= longestHeading else { return false }
        let key = compact(name)
        guard !key.isEmpty else { return false }
        if exactNames.contains(key) { return true }
        guard !name.unicodeScalars.contains(where: { $0.isASCII ? $0 == " " || ($0.value >= 0x09 && $0.value <= 0x0D) : $0.properties.isWhitespace })
        else { return false }
        return prefixes.contains { key.hasPrefix($0) } || fragments.contains { key.contains($0) }
    }

    /// Whether a value looks like an e-mail address, an IP address or a phone number.
    ///
    /// Written by hand, each check one pass over the text, instead of the regular expressions
    /// they replace (given with each), whose backtracking took 28 s on a 50 KB cell; the
    /// meaning is the same, down to `\d` matching digits of any script.
    public static func looksPersonal(_ value: String) -> Bool {
        let text = value.trimmed
        // At least five characters, without counting all of a long text.
        guard text.index(text.startIndex, offsetBy: 5, limitedBy: text.endIndex) != nil else { return false }
        return containsEmail(text) || isIPv4(text) || isIPv6(text) || looksLikePhone(text)
    }

    /// `[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}` anywhere: an `@` after a character
    /// of the local part, then a run of domain characters holding a dot, not first, followed
    /// by two letters. All ASCII, so read as UTF-8 bytes; the runs after two `@`s never
    /// overlap, so each byte is looked at at most twice.
    static func containsEmail(_ text: String) -> Bool {
        func isDomain(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }
        func isLocal(_ byte: UInt8) -> Bool {
            isDomain(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+")
        }
        func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
        }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var index = 1
            while index < buffer.count {
                guard buffer[index] == UInt8(ascii: "@"), isLocal(buffer[index - 1]) else {
                    index += 1
                    continue
                }
                var next = index + 1
                while next < buffer.count, isDomain(buffer[next]) {
                    if buffer[next] == UInt8(ascii: "."), next > index + 1, next + 2 < buffer.count,
                       isLetter(buffer[next + 1]), isLetter(buffer[next + 2]) {
                        return true
                    }
                    next += 1
                }
                index = max(next, index + 1)
            }
            return false
        }
    }

    /// `^\d{1,3}(\.\d{1,3}){3}$`: four groups of one to three digits, between three dots.
    static func isIPv4(_ text: String) -> Bool {
        var dots = 0
        var digits = 0
        for scalar in text.unicodeScalars {
            if scalar == "." {
                guard digits > 0, dots < 3 else { return false }
                dots += 1
                digits = 0
            } else if scalar.isRegexDigit {
                digits += 1
                if digits > 3 { return false }
            } else {
                return false
            }
        }
        return dots == 3 && digits > 0
    }

    /// `^[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}$`: two to seven colons, with at most four hex
    /// digits before, between and after them.
    static func isIPv6(_ text: String) -> Bool {
        var colons = 0
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ":") {
                colons += 1
                if colons > 7 { return false }
                digits = 0
            } else if (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66) {
                digits += 1
                if digits > 4 { return false }
            } else {
                return false
            }
        }
        return colons >= 2
    }

    /// 9 to 15 digits (E.164) written as a phone number is: with a leading `+` or `0`, or
    /// with spaces, dashes, dots or brackets. A bare run of digits is more likely a code.
    ///
    /// The text must match `^\+?[\d\s().-]+$`. (Such a text has no colon, so it is never a
    /// date with a time, which the regular expression version also checked.) Each digit is
    /// one character there, so digits are counted as scalars; past 15 the answer is no.
    static func looksLikePhone(_ text: String) -> Bool {
        var digits = 0
        var others = 0
        var punctuated = false
        var first = true
        for scalar in text.unicodeScalars {
            defer { first = false }
            if first && scalar == "+" {
                punctuated = true
                continue
            }
            if scalar.isRegexDigit {
                digits += 1
                if digits > 15 { return false }
            } else if scalar == "(" || scalar == ")" || scalar == "." || scalar == "-" || scalar == " " {
                others += 1
                punctuated = true
            } else if scalar.isRegexSpace {
                others += 1
            } else {
                return false
            }
        }
        guard digits + others > 0, digits >= 9 else { return false }
        return punctuated || text.unicodeScalars.first == "0"
    }

    /// Lower-case letters and digits only: `E-Mail Address` → `emailaddress`.
    static func compact(_ name: String) -> String {
        // ASCII, nearly every heading: folding only lowers the case.
        var ascii = name
        let compacted = ascii.withUTF8 { bytes -> String? in
            var kept: [UInt8] = []
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                guard byte < 0x80 else { return nil }
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) { kept.append(lower) }
            }
            return String(decoding: kept, as: UTF8.self)
        }
        if let compacted { return compacted }
        return String(name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
