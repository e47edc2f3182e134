import Foundation
import ImpactExport
import ImpactTestSupport
import Testing

@testable import ImpactApp

/// The app's wording comes from its `labels.txt` only: every key a page or the code asks for
/// is there, every key there is asked for, and the embedded copy is the file.
@Suite struct AppLabelTests {
  static let folder = CommandRunner.repositoryRoot + "/Sources/ImpactApp/Pages/Templates"

  @Test func theEmbeddedPagesAreTheFilesOfTheTemplatesFolder() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
      .filter { $0.hasSuffix(".mustache") || $0 == "labels.txt" }.sorted()
    #expect(names == AppPages.files.keys.sorted(), "run make templates")
    for name in names {
      let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
      #expect(AppPages.files[name] == text, "\(name) differs: run make templates")
    }
  }

  @Test func everyLabelUsedIsInLabelsTxtAndEveryLabelThereIsUsed() throws {
    let labels = try PageRenderer().labels.all
    var used: Set<String> = []
    for (name, text) in AppPages.files where name.hasSuffix(".mustache") {
      for match in text.matches(of: /\{\{[#^\/]?l\.([a-z_0-9]+)\}\}/) {
        used.insert(String(match.output.1))
      }
    }
    let sources = CommandRunner.repositoryRoot + "/Sources/ImpactApp"
    for file in FileManager.default.subpaths(atPath: sources) ?? []
    where file.hasSuffix(".swift") && !file.hasSuffix("+Generated.swift") {
      let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
      for match in text.matches(of: /labels(?:\[|\()\s*"([a-z_0-9]+)"\s*[\]),]/) {
        used.insert(String(match.output.1))
      }
    }
    // The keys the code builds from values.
    used.formUnion(Audience.allCases.map { "audience_" + $0.rawValue })
    used.formUnion(
      FigureFilter.Sort.allCases.map {
        "figures_sort_" + $0.rawValue.replacingOccurrences(of: "-", with: "_")
      })
    #expect(used.count > 50)
    for key in used.sorted() {
      #expect(labels[key] != nil, "\(key) is used but not in labels.txt")
    }
    for key in labels.keys.sorted() {
      #expect(used.contains(key), "\(key) is in labels.txt but nothing uses it")
    }
  }
}
