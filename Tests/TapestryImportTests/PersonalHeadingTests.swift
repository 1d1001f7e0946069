import Foundation
import Testing
import TapestryScoring
@testable import TapestryImport

/// Headings that name personal data, as the forms platforms write them, and headings that
/// must not be taken for personal data (items, metadata, groups).
@Suite struct PersonalHeadingTests {
    /// Personal, in the shapes platforms write: REDCap, Kobo, Qualtrics (English and German),
    /// SurveyMonkey, Google and Microsoft Forms, LimeSurvey, hand-made forms in five languages.
    static let personal = [
        // names
        "name", "Name", "Your name", "What is your name?", "Full name (as on the certificate)", "first_name",
        "last_name", "name_first", "name_last", "FirstName", "RecipientLastName", "Recipient First Name",
        "Respondent name", "respondent_name", "Username", "user_name", "Name of the person completing this form",
        "Nombre completo", "Nombre y apellidos", "Prénom", "Nom de famille", "Nome completo", "Vorname",
        "Nachname des Empfängers", "Name (optional)", "Member name",
        // field staff
        "Observer name", "Observer", "Enumerator", "enumerator_name", "enumerator_id", "Interviewer",
        "Interviewer name", "Surveyor name", "Nombre del entrevistador", "Nom de l'enquêteur",
        "Nome do entrevistador", "Name des Interviewers",
        // e-mail
        "Email Address", "Email Address (optional)", "email", "q3_email", "E-Mail", "e_mail", "eMail",
        "RecipientEmail", "E-Mail des Empfängers", "EmailAddress", "Organisation email", "Work e-mail address",
        "Confirm your email", "Correo electrónico", "Courriel", "Adresse e-mail", "Adresse électronique",
        "Endereço de e-mail", "E-Mail-Adresse", "respondentemailaddress",
        // phone
        "Phone", "Phone number", "respondent_phone", "telephone_1", "Mobile", "Cell phone", "phoneNumber",
        "Teléfono", "Número de teléfono", "Numéro de téléphone", "Telefonnummer", "Handynummer", "Celular",
        "WhatsApp number", "Phone number of the contact person",
        // addresses
        "Address", "address", "Home address", "Street address", "Address line 1", "address_line_2", "Postcode",
        "ZIP code", "Post code", "IP Address", "IPAddress", "IP-Adresse", "ipaddr", "Dirección", "Adresse postale",
        "Endereço", "Anschrift", "Straße und Hausnummer", "Postleitzahl",
        // birth
        "Date of birth", "DOB", "dob", "birth_date", "Birthdate", "Year of birth", "Fecha de nacimiento",
        "Date de naissance", "Data de nascimento", "Geburtsdatum",
        // identity numbers
        "National ID number", "national_id", "Passport number", "Social security number", "SSN", "ID number",
        "id_no", "DNI", "Cédula", "Número de documento", "CPF", "Numéro de sécurité sociale",
        "Sozialversicherungsnummer", "Personalausweisnummer",
        // other
        "Signature", "Contact person", "location", "Contact details", "LocationLatitude", "Location Longitude", "_geolocation",
        "_submitted_by", "Network ID", "Custom Data 1", "ExternalReference", "token", "subscriberid",
    ]

    /// Not personal: metadata, group columns, items of the default instrument, and names of
    /// things other than people.
    static let notPersonal = [
        "Survey name", "Form name", "File name", "filename", "Name of your coalition", "Organisation name",
        "Organization Name", "Name of your organisation", "Nombre de la organización", "Nom de l'organisation",
        "Name der Organisation", "Respondent ID", "respondent", "respondent_id", "participant_id", "Response ID",
        "ResponseId", "Record ID", "record_id", "Collector ID", "UserLanguage", "User Language",
        "DistributionChannel", "Start time", "Last modified time", "Timestamp", "withdraw_date", "date_visit_4",
        "Which organisation do you represent?", "What kind of organisation do you represent?",
        "Country", "City", "Country of birth", "Gender", "Age", "Preferred contact method",
        "We address conflicts openly", "Conflicts are addressed openly", "Address conflicts openly",
        "Phone calls are returned promptly", "Would you like us to email you the report?",
        "Comments (please do not include names)", "q13_family_food_1", "Member organisation name", "Tags",
        "Antwort-ID", "Benutzersprache", "Verteilungskanal", "Meetings are useful", "I feel heard",
    ]

    @Test(arguments: personal)
    func personalHeading(heading: String) {
        #expect(PersonalData.isPersonal(name: heading), "\(heading)")
    }

    @Test(arguments: notPersonal)
    func notPersonalHeading(heading: String) {
        #expect(!PersonalData.isPersonal(name: heading), "\(heading)")
    }

    @Test func noStatementOfTheDefaultInstrumentIsPersonal() throws {
        let instrument = try Instrument.partnershipHealth()
        #expect(instrument.items.count == 51)
        for item in instrument.items {
            #expect(!PersonalData.isPersonal(name: item.text), "\(item.id): \(item.text)")
            #expect(!PersonalData.isPersonal(name: item.id), "\(item.id)")
        }
    }

    @Test func headingsOfUpToTheWordLimitAreRead() {
        // "Name of the person who completed this form" is 8 words: personal; one word more is not.
        let words = ["Name", "of", "the", "person", "who", "completed", "this", "form", "today"]
        #expect(PersonalHeading.wordLimit == 8)
        #expect(PersonalData.isPersonal(name: words.prefix(8).joined(separator: " ")))
        #expect(!PersonalData.isPersonal(name: words.joined(separator: " ")))
        // Words in brackets do not count.
        #expect(PersonalData.isPersonal(name: words.prefix(8).joined(separator: " ") + " (one, two, three, four)"))
    }

    @Test func headingsUpToTheLongestAreRead() {
        #expect(PersonalData.longestHeading == 1_000)
        // A variable name, and a short heading with a long remark in brackets.
        let variable = "email_" + String(repeating: "x", count: 994)
        let remark = "Email (" + String(repeating: "x ", count: 496) + ")"
        for heading in [variable, remark] {
            #expect(heading.utf8.count == 1_000)
            #expect(PersonalData.isPersonal(name: heading))
            #expect(!PersonalData.isPersonal(name: heading + "x"))
        }
    }

    @Test func wordsAreSplitAsPlatformsWriteThem() {
        #expect(PersonalHeading.words("RecipientFirstName") == ["recipient", "first", "name"])
        #expect(PersonalHeading.words("IPAddress") == ["ip", "address"])
        #expect(PersonalHeading.words("q3_email") == ["q", "3", "email"])
        #expect(PersonalHeading.words("E-Mail des Empfängers") == ["email", "des", "empfangers"])
        #expect(PersonalHeading.words("Straße (Hausnummer)") == ["strasse"])
        #expect(PersonalHeading.words("(Email)") == ["email"])
        #expect(PersonalHeading.words("Prénom") == ["prenom"])
        #expect(PersonalHeading.words("Pre\u{301}nom") == ["prenom"])
        #expect(PersonalHeading.words(String(repeating: "a ", count: 9)) == nil)
        #expect(PersonalHeading.words(String(repeating: "a ", count: 8))?.count == 8)
    }

    @Test func wordsAreKeptUpToTheirLongestLength() {
        #expect(WordSplitter.longestWord == 40)
        let atLimit = String(repeating: "x", count: 40)
        #expect(PersonalHeading.words(atLimit + " email") == [atLimit, "email"])
        #expect(PersonalHeading.words(atLimit + "y email") == [atLimit, "email"])  // cut to 40
        // A megabyte-long word is one word, read in one pass.
        #expect(PersonalHeading.words(String(repeating: "x", count: 1_000_000) + "_email") == [atLimit, "email"])
    }

    /// A Kobo export and a REDCap export whose personal columns were classed `ignored`.
    @Test func koboAndREDCapPersonalColumnsAreDropped() throws {
        let instrument = CanonicalCSVReaderTests.instrument
        let kobo = """
            "start";"end";"Observer name";"Which organisation do you represent?";"Q1";"Q2";"_id";"_uuid";"_submission_time";"_index"
            "2024-01-15T10:20:01.000+01:00";"2024-01-15T10:23:45.000+01:00";"Ana Lima";"Food Bank";"4";"5";"61";"48583952-1892-4931-8d9c-869e7b49bafb";"2024-01-15T09:23:50";"1"

            """
        let redcap = """
            record_id,redcap_survey_identifier,coalition_survey_timestamp,name_first,name_last,respondent_phone,org,q1,q2,coalition_survey_complete
            1,,"2024-01-15 10:23:45",Ana,Lima,,2,5,4,2

            """
        for (text, path) in [(kobo, "kobo.csv"), (redcap, "redcap.csv")] {
            let file = try SurveyFile(data: Data(text.utf8), path: path, instrument: instrument)
            let plans = try ExportReader(instrument: instrument, options: ImportOptions()).plan(file).plans
            let roles = Dictionary(plans.map { ($0.header.display, $0.role) }, uniquingKeysWith: { first, _ in first })
            for heading in ["Observer name", "name_first", "name_last", "respondent_phone"] where roles[heading] != nil {
                #expect(roles[heading] == .personal, "\(path): \(heading)")
            }
            #expect(roles["Which organisation do you represent?"] ?? .ignored == .ignored)
        }
    }
}
