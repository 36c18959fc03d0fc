import ArgumentParser

/// An empty value given for a file, folder or id (`--source ''`): read as is, it names the
/// working folder or nothing, and fails later with a message about something else.
enum EmptyArgument {
    /// Throws a usage error naming `option` when `value` is empty or only spaces; `expected`
    /// says what to give instead.
    static func refuse(_ value: String?, as option: String, expected: String) throws {
        guard let value, value.allSatisfy(\.isWhitespace) else { return }
        throw ValidationError("\(option) is empty: give \(expected)")
    }
}
