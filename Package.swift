// swift-tools-version: 6.2
import PackageDescription

/// The same upcoming features on every target (as apple/swift-configuration and swift-subprocess do).
let settings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "ThaiTM",
  products: [
    .executable(name: "thaitm", targets: ["thaitm"]),
    .library(name: "ThaiText", targets: ["ThaiText"]),
    .library(name: "Glossary", targets: ["Glossary"]),
    .library(name: "Align", targets: ["Align"]),
    .library(name: "TMX", targets: ["TMX"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .systemLibrary(
      name: "CThai", pkgConfig: "libthai",
      providers: [.apt(["libthai-dev", "libdatrie-dev"])]),
    .target(name: "ThaiText", dependencies: ["CThai"], swiftSettings: settings),
    .target(name: "TMX", dependencies: ["CLibXML2"], swiftSettings: settings),
    .target(name: "Glossary", dependencies: ["ThaiText", "CLibXML2"], swiftSettings: settings),
    .target(name: "Align", dependencies: ["Glossary", "ThaiText"], swiftSettings: settings),
    .executableTarget(
      name: "thaitm",
      dependencies: [
        "ThaiText", "Glossary", "Align", "TMX",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings),
    .testTarget(
      name: "ThaiTextTests", dependencies: ["ThaiText"], resources: [.copy("Fixtures")],
      swiftSettings: settings),
    .testTarget(
      name: "GlossaryTests", dependencies: ["Glossary", "ThaiText"], resources: [.copy("Fixtures")],
      swiftSettings: settings),
    .testTarget(
      name: "AlignTests", dependencies: ["Align", "Glossary", "ThaiText"],
      resources: [.copy("Fixtures")], swiftSettings: settings),
    .testTarget(
      name: "TMXTests", dependencies: ["TMX"], resources: [.copy("Fixtures")],
      swiftSettings: settings),
    .testTarget(
      name: "thaitmTests", dependencies: ["thaitm"], resources: [.copy("Fixtures")],
      swiftSettings: settings),
  ]
)
