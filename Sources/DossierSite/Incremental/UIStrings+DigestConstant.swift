import DossierAnalysis
import DossierRenderer

extension UIStrings: DigestConstant {
    package static var reference: UIStrings { .arabic }
    package static let referenceDigest = Fingerprint.constant(UIStrings.arabic)
}

extension CommentaryStrings: DigestConstant {
    package static var reference: CommentaryStrings { UIStrings.arabic.commentary }
    package static let referenceDigest = Fingerprint.constant(UIStrings.arabic.commentary)
}
