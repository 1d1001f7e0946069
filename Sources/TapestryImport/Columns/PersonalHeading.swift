import Foundation

/// Recognises a heading that names personal data by its words, in the shapes the forms
/// platforms write (`name_first`, `RecipientEmail`, `Email Address (optional)`, `q3_email`,
/// `Nombre del entrevistador`, `E-Mail des Empfängers`), in English, Spanish, French,
/// Portuguese and German.
///
/// The rule, on a heading's **words**: the text outside brackets (all of it when that is
/// empty) split at anything but a letter or digit, between a lower-case letter and a capital
/// (`firstName`), before the last capital of a run followed by a lower-case letter
/// (`IPAddress`), and between letters and digits (`q3`); lower-cased, accents removed (ß as
/// ss), `e` + `mail…` joined (`E-Mail`). Then:
///
/// 1. A heading of more than ``wordLimit`` words is never personal by its words: item texts
///    are sentences ("We address conflicts openly" is not an address).
/// 2. Filler words (``fillers``: articles, "your", "please enter", "optional", `q`…), numbers
///    and single letters are dropped.
/// 3. The heading names personal data when what remains holds a word (or a phrase, such as
///    "social security") of one of the kinds below (``kinds``: name, e-mail, phone, postal or
///    IP address, birth, identity number, interviewer and the like, signature, contact,
///    location), and either every remaining word is such a word, a qualifier of that kind
///    ("first" name, e-mail "address", phone "number", birth "date"), a qualifier of any
///    kind (``common``: "member", "primary", "confirm"…) or a word for a person
///    (``personWords``: respondent, participant, person, recipient, interviewer…); or a run
///    of consecutive such words holds both a word of the kind and a word for a person ("Name
///    of the person completing this form").
///
/// So `name_first`, `Observer name`, `Username`, `respondent_phone` are personal; `Survey
/// name`, `File name`, `Name of your coalition`, `Organisation name` (an organisation, not a
/// person: it may be the group column), `Respondent ID` and "We address conflicts openly"
/// are not.
enum PersonalHeading {
    /// The most words a heading may have and still name personal data by its words: 8. The
    /// longest such headings seen have 7 ("Name of the person completing this form"); the
    /// statements of the default instrument have 8 or more, and a shorter statement is
    /// personal only if all its words are of the vocabulary below.
    static let wordLimit = 8

    /// One kind of personal data: its words, its phrases (each word of a phrase must follow
    /// the one before, after fillers are dropped) and the qualifiers it may stand with.
    struct Kind: Sendable {
        var name: String
        var words: Set<String>
        var phrases: [[String]] = []
        var qualifiers: Set<String> = []
    }

    /// Words dropped before the rule is applied.
    static let fillers: Set<String> = [
        // English
        "the", "of", "your", "my", "his", "her", "their", "its", "our", "this", "that", "what", "is", "are",
        "was", "please", "enter", "type", "write", "provide", "give", "optional", "required", "if", "any",
        "available", "known", "eg", "ie", "ex", "question", "field", "and", "or", "for", "to", "in", "on", "at",
        "with", "who", "whose", "here", "below", "only", "an",
        // Spanish, French, Portuguese, German
        "el", "la", "los", "las", "del", "de", "su", "sus", "tu", "cual", "es", "por", "favor", "opcional", "y",
        "o", "le", "les", "du", "des", "votre", "vos", "ton", "quel", "quelle", "est", "facultatif", "et", "ou",
        "da", "do", "das", "dos", "seu", "sua", "qual", "e", "um", "uma", "der", "die", "dem", "den", "ihr",
        "ihre", "ihrer", "ihren", "ihres", "dein", "deine", "von", "bitte", "und", "oder", "freiwillig",
    ]

    /// Words for a person the data may be about.
    static let personWords: Set<String> = ([
        "person", "respondent", "participant", "recipient", "interviewee", "informant", "applicant",
        "persona", "encuestado", "encuestada", "entrevistado", "entrevistada", "participante", "destinatario",
        "personne", "repondant", "repondante", "destinataire", "pessoa", "respondente", "inquirido",
        "teilnehmer", "teilnehmerin", "teilnehmende", "befragte", "befragter", "befragten", "empfanger",
        "empfangers", "empfangerin",
    ] as Set<String>).union(staff)

    /// Interviewers, enumerators, observers, surveyors: names of field staff.
    static let staff: Set<String> = [
        "interviewer", "enumerator", "observer", "surveyor", "entrevistador", "entrevistadora", "encuestador",
        "encuestadora", "enumerador", "enumeradora", "observador", "observadora", "enqueteur", "enqueteuse",
        "observateur", "observatrice", "recenseur", "recenseuse", "recenseador", "recenseadora", "beobachter",
        "beobachterin", "interviewerin", "interviewers", "enumerators", "observers", "surveyors", "beobachters",
    ]

    /// Qualifiers any kind may stand with.
    static let common: Set<String> = [
        "member", "staff", "student", "parent", "guardian", "child", "patient", "client", "owner", "head",
        "household", "primary", "secondary", "alternate", "alternative", "additional", "other", "confirm",
        "confirmation", "verify", "verification", "again", "repeat", "retype", "personal", "private", "own",
        "valid", "current", "new", "old", "main", "miembro", "membre", "membro", "mitglied", "otro", "otra", "autre",
        "outro", "outra", "andere", "anderer",
    ]

    /// The kinds of personal data a heading may name.
    static let kinds: [Kind] = [
        Kind(name: "name",
             words: ["name", "names", "firstname", "lastname", "fullname", "surname", "surnames", "forename",
                     "forenames", "username", "nickname", "givenname", "familyname", "middlename", "maidenname",
                     "nombre", "nombres", "apellido", "apellidos", "nom", "noms", "prenom", "prenoms", "nome",
                     "nomes", "sobrenome", "apelido", "vorname", "vornamen", "nachname", "familienname",
                     "benutzername", "rufname", "login", "initials"],
             qualifiers: ["first", "last", "given", "family", "middle", "full", "maiden", "preferred", "legal",
                          "nick", "user", "display", "real", "print", "printed", "complete", "primer", "segundo",
                          "completo", "complet", "complete", "famille", "usage", "jeune", "fille", "naissance",
                          "social", "meio", "voller", "vollstandiger", "ganzer", "sur"]),
        Kind(name: "e-mail",
             words: ["email", "emails", "mail", "emailaddress", "correo", "courriel", "emailadresse", "mailadresse",
                     "mel"],
             phrases: [["adresse", "electronique"], ["direccion", "electronica"], ["endereco", "eletronico"],
                       ["electronic", "mail"]],
             qualifiers: ["address", "addresses", "adresse", "direccion", "endereco", "electronic", "electronico",
                          "electronique", "eletronico", "work", "business", "office", "home", "organisation",
                          "organization", "organisational", "organizational", "company", "institutional",
                          "university", "school", "account", "login", "contact", "trabajo", "travail", "trabalho",
                          "institucional", "institutionnel", "dienstlich", "dienstliche", "privat", "private",
                          "geschaftlich", "geschaftliche", "personnel", "personnelle"]),
        Kind(name: "phone",
             words: ["phone", "phones", "telephone", "tel", "phonenumber", "mobile", "mobilephone", "cellphone",
                     "mobil", "handy", "handynummer", "mobilnummer", "telefon", "telefonnummer", "telefono",
                     "telefone", "celular", "movil", "portable", "whatsapp", "fax", "telemovel"],
             phrases: [["whats", "app"]],
             qualifiers: ["number", "numbers", "no", "nr", "num", "numero", "nummer", "cell", "home", "work",
                          "business", "office", "day", "daytime", "evening", "landline", "fixe", "fijo", "fixo",
                          "organisation", "organization", "company", "contact", "country", "area", "code",
                          "extension", "ext", "emergency", "trabajo", "travail", "trabalho", "casa", "domicile",
                          "privat", "dienstlich", "geschaftlich", "festnetz", "contacto", "contato", "kontakt"]),
        Kind(name: "address",
             words: ["address", "addresses", "street", "postcode", "postalcode", "zipcode", "zip", "postal",
                     "streetaddress", "ipaddress", "ip", "direccion", "domicilio", "calle", "adresse", "rue",
                     "endereco", "morada", "strasse", "anschrift", "hausnummer", "postleitzahl", "plz", "cep",
                     "ipadresse", "wohnadresse", "postanschrift"],
             phrases: [["post", "code"]],
             qualifiers: ["home", "mailing", "residential", "permanent", "physical", "line", "city", "town", "state",
                          "province", "region", "county", "country", "code", "number", "no", "nr", "unit", "apt",
                          "apartment", "house", "building", "full", "complete", "completa", "post", "residence",
                          "residencia", "residencial", "casa", "domicile", "postale", "codigo", "ciudad", "ville",
                          "cidade", "ort", "stadt", "land", "pais", "pays", "numero", "nummer", "wohnort"]),
        Kind(name: "birth",
             words: ["birth", "birthdate", "birthday", "dob", "dateofbirth", "nacimiento", "naissance", "nascimento",
                     "geburtsdatum", "geburtstag", "geburtsort", "geburt", "geburtsjahr"],
             qualifiers: ["date", "day", "month", "year", "place", "fecha", "lugar", "ano", "dia", "mes", "lieu",
                          "annee", "jour", "mois", "data", "local", "datum", "ort", "jahr", "tag", "monat"]),
        Kind(name: "identity number",
             words: ["passport", "passeport", "pasaporte", "passaporte", "reisepass", "ssn", "nin", "dni", "nie",
                     "cedula", "curp", "rut", "cpf", "nif", "nir", "identification", "identificacion", "identidad",
                     "identite", "identidade", "personalausweis", "ausweis", "ausweisnummer",
                     "sozialversicherungsnummer", "steuernummer", "steueridentifikationsnummer", "nationalid",
                     "personalausweisnummer", "reisepassnummer", "passportnumber"],
             phrases: [["national", "id"], ["national", "identity"], ["national", "insurance"], ["id", "number"],
                       ["id", "no"], ["id", "card"], ["identity", "card"], ["identity", "number"],
                       ["identity", "document"], ["social", "security"], ["tax", "id"], ["tax", "number"],
                       ["driver", "license"], ["drivers", "license"], ["driving", "licence"], ["driving", "license"],
                       ["licence", "number"], ["license", "number"], ["seguridad", "social"],
                       ["securite", "sociale"], ["seguranca", "social"], ["numero", "documento"],
                       ["documento", "identidad"], ["carte", "identite"]],
             qualifiers: ["number", "no", "nr", "num", "numero", "nummer", "card", "document", "documento", "carte",
                          "tarjeta", "carteira", "cartao", "national", "nacional", "tax", "fiscal", "social",
                          "security", "insurance", "issue", "expiry", "expiration", "date", "country", "id", "type",
                          "tipo"]),
        Kind(name: "field staff", words: staff,
             qualifiers: ["name", "id", "code", "number", "initials", "nombre", "nom", "nome", "codigo", "numero",
                          "nummer", "signature", "firma", "assinatura", "unterschrift", "team", "equipo", "equipe"]),
        Kind(name: "signature", words: ["signature", "assinatura", "unterschrift"],
             qualifiers: ["date", "fecha", "data", "datum"]),
        Kind(name: "contact",
             words: ["contact", "contacto", "contato", "kontakt", "kontaktperson", "ansprechpartner",
                     "ansprechpartnerin", "kontaktdaten", "coordonnees"],
             qualifiers: ["details", "detail", "info", "information", "informacion", "informations", "informacoes",
                          "dados", "datos", "donnees", "daten", "emergency", "emergencia", "urgence", "notfall"]),
        Kind(name: "location",
             words: ["latitude", "longitude", "gps", "geolocation", "geopoint", "coordinates", "coordenadas",
                     "koordinaten", "breitengrad", "langengrad"],
             qualifiers: ["location", "accuracy", "altitude", "precision", "point", "standort", "standorts",
                          "ubicacion", "localisation", "localizacao"]),
    ]

    /// Whether `heading` names personal data by its words (the rule above).
    static func isPersonal(_ heading: String) -> Bool {
        guard let all = words(heading) else { return false }
        let kept = all.filter { $0.count > 1 && !fillers.contains($0) && !$0.allSatisfy(\.isNumber) }
        guard !kept.isEmpty else { return false }
        for kind in kinds {
            // Where the kind's words and phrases stand.
            var isCore = kept.map { kind.words.contains($0) }
            for phrase in kind.phrases where phrase.count <= kept.count {
                for start in 0...(kept.count - phrase.count) where Array(kept[start..<(start + phrase.count)]) == phrase {
                    for offset in phrase.indices { isCore[start + offset] = true }
                }
            }
            guard isCore.contains(true) else { continue }
            let allowed = kept.indices.map { index in
                isCore[index] || kind.qualifiers.contains(kept[index]) || common.contains(kept[index])
                    || personWords.contains(kept[index])
            }
            if !allowed.contains(false) { return true }
            // A run of allowed words holding a word of the kind and a word for a person.
            var start = 0
            while start < kept.count {
                guard allowed[start] else { start += 1; continue }
                var end = start
                while end < kept.count, allowed[end] { end += 1 }
                if isCore[start..<end].contains(true), kept[start..<end].contains(where: personWords.contains) { return true }
                start = end
            }
        }
        return false
    }

    /// The heading's words (see the type's comment), or nil when there are more than
    /// ``wordLimit``. One pass over the heading, however long.
    static func words(_ heading: String) -> [String]? {
        var outside = WordSplitter(limit: wordLimit)
        var whole = WordSplitter(limit: wordLimit)
        var depth = 0
        for scalar in heading.unicodeScalars {
            switch scalar {
            case "(", "[", "{", "\u{FF08}":
                depth += 1
                outside.boundary()
                whole.boundary()
            case ")", "]", "}", "\u{FF09}":
                depth = max(0, depth - 1)
                outside.boundary()
                whole.boundary()
            default:
                whole.add(scalar)
                if depth == 0 { outside.add(scalar) } else { outside.boundary() }
            }
            if outside.isOver { return nil }
        }
        outside.boundary()
        whole.boundary()
        let chosen = outside.words.isEmpty ? whole : outside
        return chosen.isOver ? nil : joinedEMail(chosen.words.map(fold))
    }

    /// `e` followed by `mail…` joined into one word (`E-Mail`, `e mail`).
    private static func joinedEMail(_ words: [String]) -> [String] {
        var result: [String] = []
        for word in words {
            if let last = result.last, last == "e", word.hasPrefix("mail") {
                result[result.count - 1] = "e" + word
            } else {
                result.append(word)
            }
        }
        return result
    }

    /// Lower case, without accents, ß as ss.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            .replacingOccurrences(of: "ß", with: "ss")
    }
}
