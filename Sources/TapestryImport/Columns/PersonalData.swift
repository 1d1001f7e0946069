import Foundation

/// Recognises columns and values that hold personal data: names, e-mail addresses, IP
/// addresses, phone numbers, postal addresses, birth dates, locations, recipient and
/// external-reference fields, "submitted by", network ids and access tokens. Such columns
/// are dropped at import; their values are never read into responses or findings.
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
        "token", "refurl", "customdata", "customdata1", "customdata2", "participantemail",
    ]

    /// Name prefixes that are personal: `RecipientEmail`, `telephone_1`, `LocationLatitude`.
    static let prefixes = ["recipient", "panelrecipient", "panelexternal", "externaldata", "telephone", "phone",
                           "location", "firstname", "lastname", "emailaddress", "address", "customdata"]

    /// Fragments that make a name personal anywhere in it (`E-Mail des Empfängers`).
    static let fragments = ["email", "ipaddress", "ipadresse", "phonenumber", "telefonnummer"]

    /// Whether a column of this name holds personal data.
    public static func isPersonal(name: String) -> Bool {
        let key = compact(name)
        guard !key.isEmpty else { return false }
        return exactNames.contains(key) || prefixes.contains { key.hasPrefix($0) } || fragments.contains { key.contains($0) }
    }

    /// Whether a value looks like an e-mail address, an IP address or a phone number.
    public static func looksPersonal(_ value: String) -> Bool {
        let text = value.trimmed
        guard text.count >= 5 else { return false }
        return text.range(of: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#, options: .regularExpression) != nil
            || text.range(of: #"^\d{1,3}(\.\d{1,3}){3}$"#, options: .regularExpression) != nil
            || text.range(of: #"^[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}$"#, options: .regularExpression) != nil
            || looksLikePhone(text)
    }

    /// 9 to 15 digits (E.164) written as a phone number is: with a leading `+` or `0`, or
    /// with spaces, dashes, dots or brackets. A bare run of digits is more likely a code.
    private static func looksLikePhone(_ text: String) -> Bool {
        guard text.range(of: #"^\+?[\d\s().-]+$"#, options: .regularExpression) != nil,
              !PlatformDetector.looksLikeDateTime(text) else { return false }
        let digits = text.filter(\.isNumber).count
        guard (9...15).contains(digits) else { return false }
        return text.hasPrefix("+") || text.hasPrefix("0") || text.contains { " ().-".contains($0) }
    }

    /// Lower-case letters and digits only: `E-Mail Address` → `emailaddress`.
    static func compact(_ name: String) -> String {
        String(name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
