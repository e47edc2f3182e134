import ArgumentParser
import Foundation
import ImpactIngest
import ImpactModel

/// `impact init`: a commented settings file and correctly headed empty CSVs.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a commented impact.yml and an empty, correctly headed CSV of each kind.")

  @Argument(help: "The folder to set up (created if missing).")
  var folder: String = "."

  func run() throws {
    let files =
      [("impact.yml", ConfigTemplate.text)]
      + FileKind.allCases.map {
        ("\($0.rawValue).csv", CanonicalColumns.header(for: $0).joined(separator: ",") + "\n")
      }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      StandardError.line(
        "Could not create \(folder). Check that its parent folder exists and that you may "
          + "write there.")
      throw ExitStatus.output.code
    }
    for (name, text) in files {
      let path = (folder as NSString).appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: path) {
        print("Kept \(path) (it already exists)")
        continue
      }
      guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
        StandardError.line("Could not write \(path); check the folder is writable.")
        throw ExitStatus.output.code
      }
      print("Wrote \(path)")
    }
    print("Fill in the CSVs (or copy your own exports here), then run `impact validate \(folder)`.")
  }
}
