// swift-tools-version:6.0
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, so the clone's folder name is the package name.
let projectPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "DossierBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "MentionBenchmark",
            dependencies: [.product(name: "ArabicText", package: projectPackage)]
        )
    ],
    swiftLanguageModes: [.v6]
)
