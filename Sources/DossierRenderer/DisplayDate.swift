import DossierModel

/// A date as shown to readers: Arabic month names, European digits as outlets print them,
/// and the ISO form for `<time datetime>`.
public struct DisplayDate: Sendable, Hashable, Encodable {
    /// ISO 8601 at the known precision, for the `datetime` attribute.
    public let iso: String
    /// The date in Arabic words, escaped and with Latin runs isolated.
    public let textHTML: String

    public init(_ date: PartialDate, strings: UIStrings = .arabic) {
        iso = date.iso
        var parts: [String] = []
        if let day = date.day { parts.append(String(day)) }
        if let month = date.month, (1...12).contains(month) { parts.append(strings.monthNames[month - 1]) }
        parts.append(String(date.year))
        var text = parts.joined(separator: " ")
        if let hour = date.hour, let minute = date.minute {
            text += strings.listSeparator + twoDigits(hour) + ":" + twoDigits(minute)
            if let offset = date.utcOffsetMinutes {
                let sign = offset < 0 ? "-" : "+"
                text += " (UTC" + sign + twoDigits(abs(offset) / 60) + ":" + twoDigits(abs(offset) % 60) + ")"
            }
        }
        textHTML = HTMLText.isolatingLatin(text)
    }
}

private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
