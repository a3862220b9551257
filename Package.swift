// swift-tools-version:6.0
import PackageDescription

// Layers only look down: syntax -> language -> runtime -> grading -> shell/CLI.
// The interpreter is written in Swift 5 language mode: interpreter threads share
// objects under a simulated GIL, a discipline Swift's Sendable checking cannot express.
let hotLoopFlags: [SwiftSetting] = [
    // Exclusivity checks on the VM's heap objects cost a large share of the
    // evaluation loop; the GIL already serialises access to them.
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "ConcurrencyTutor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tutor", targets: ["tutor"]),
        .library(name: "TutorLanguage", targets: ["TutorLanguage"]),
        .library(name: "TutorRuntime", targets: ["TutorRuntime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-atomics", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "TutorSyntax", swiftSettings: hotLoopFlags),
        .target(
            name: "TutorLanguage",
            dependencies: [
                "TutorSyntax",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "Atomics", package: "swift-atomics"),
            ],
            swiftSettings: hotLoopFlags),
        .target(
            name: "TutorRuntime",
            dependencies: [
                "TutorLanguage",
                .product(name: "Atomics", package: "swift-atomics"),
            ]),
        .target(
            name: "TutorGrading",
            dependencies: [
                "TutorSyntax",
                "TutorLanguage",
                "TutorRuntime",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        .target(name: "TutorBatch", dependencies: ["TutorGrading", "TutorRuntime", "TutorLanguage"]),
        // libedit: `apt-get install -y libedit-dev` (scripts/setup does it).
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]),
        .target(name: "TutorShell", dependencies: ["CLibEdit", "TutorGrading", "TutorRuntime", "TutorLanguage"]),
        .target(
            name: "TutorCLI",
            dependencies: [
                "TutorLanguage",
                "TutorRuntime",
                "TutorGrading",
                "TutorBatch",
                "TutorShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "tutor", dependencies: ["TutorCLI"]),
        .testTarget(name: "TutorSyntaxTests", dependencies: ["TutorSyntax"]),
        .testTarget(
            name: "TutorLanguageTests",
            dependencies: ["TutorLanguage", "TutorSyntax"],
            exclude: ["Text/generate_format_cases.py"],
            resources: [.copy("Corpus")]),
        .testTarget(
            name: "TutorRuntimeTests",
            dependencies: ["TutorRuntime", "TutorLanguage"],
            exclude: ["generate_expected.py"],
            resources: [.copy("Programs")]),
        .testTarget(name: "TutorGradingTests", dependencies: ["TutorGrading", "TutorRuntime"]),
        .testTarget(name: "TutorShellTests", dependencies: ["TutorShell", "TutorGrading"]),
        .testTarget(name: "TutorBatchTests", dependencies: ["TutorBatch", "TutorGrading"]),
    ],
    swiftLanguageModes: [.v5]
)
