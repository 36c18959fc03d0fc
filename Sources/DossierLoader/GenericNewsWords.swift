import ArabicText

/// Words any political or official story shares with any other: offices («رئيس», «وزير»),
/// bodies («مجلس», «الحكومة»), the state and its statements. Two stories sharing only these
/// («نائب رئيس الوزراء وزير الخارجية يلتقي نظيره» and «مجلس الأمة يستجوب رئيس الوزراء») are not
/// one story, so a section's topic words leave them out when three others recur in it
/// (`FurnitureClassifier.topicOverlap`).
enum GenericNewsWords {
    /// The words as content tokens (`ContentTokens`), as sections' words are compared.
    private static let tokens: Set<TokenText> = Set(
        ContentTokens.tokens(
            of: """
                رئيس الرئيس رئيسا نائب النائب وزير الوزير وزيرة الوزراء وزارة مجلس المجلس الحكومة حكومة
                الدولة دولة البلاد السلطات الرسمي الرسمية المتحدث مسؤول المسؤولين بيان تصريحات السيد
                """
        ).map(TokenText.init))

    /// Whether `token` is one of the words.
    static func contains(_ token: TokenText) -> Bool { tokens.contains(token) }
}
