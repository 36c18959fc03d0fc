// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "DossierBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "MentionBenchmark",
            dependencies: [.product(name: "ArabicText", package: "main")]
        )
    ],
    swiftLanguageModes: [.v6]
)
