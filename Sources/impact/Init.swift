import ArgumentParser
import Foundation
import ImpactFiles
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
      try Folder.create(folder)
    } catch {
      StandardError.line(error.description)
      throw ExitStatus.output.code
    }
    for (name, text) in files {
      let path = (folder as NSString).appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: path) {
        print("Kept \(path) (it already exists)")
        continue
      }
      do {
        try AtomicFileWriter.write(text, to: path)
      } catch {
        StandardError.line(error.description)
        throw ExitStatus.output.code
      }
      print("Wrote \(path)")
    }
    print("Fill in the CSVs (or copy your own exports here), then run `impact validate \(folder)`.")
    print(
      "To fill in a funder's form too, put a return file (.yml) in \(folder)/returns/ "
        + "(see impact.yml and reports/returns-examples/ in the impact repository).")
  }
}
