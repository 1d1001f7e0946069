/// Excel's serial dates (1900 date system) as `yyyy-MM-dd HH:mm:ss`: day 1 is 1900-01-01, and
/// day 60 is the 29 February 1900 that never was, so days are counted from 1899-12-30 for
/// serials past 60. Whole-number arithmetic, so no serial can trap.
enum ExcelSerialDate {
    /// The first serial past the system's range: 10000-01-01.
    static let end = 2_958_466.0

    /// The date and time of `serial`, or nil outside 0 ..< ``end`` (and for NaN).
    static func text(_ serial: Double) -> String? {
        guard serial.isFinite, serial >= 0, serial < end else { return nil }
        let epoch = serial > 60 ? -2_209_161_600.0 : -2_209_075_200.0
        guard let seconds = Int(exactly: (epoch + serial * 86_400).rounded()) else { return nil }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let (year, month, day) = civil(daysSince1970: days)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2)) \(pad(time / 3_600, 2)):\(pad(time / 60 % 60, 2)):\(pad(time % 60, 2))"
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
    private static func civil(daysSince1970 days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
