import ArgumentParser
import Foundation
import ImpactFiles
import ImpactIngest
import ImpactModel
import ImpactRun

/// `impact init`: a commented settings file and correctly headed empty CSVs; with `--from`,
/// the settings file for an existing data folder, with what was found in it.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a commented impact.yml and an empty, correctly headed CSV of each kind.",
    discussion: """
      With --from DATA, write instead an impact.yml for the existing data folder DATA (into
      DATA, or into the folder given): how each file was read (its kind, layout and columns)
      and the questions to confirm, as notes above the default settings. An existing
      impact.yml is never overwritten.
      """)

  @Argument(help: "The folder to set up (created if missing; default: ., or DATA with --from).")
  var folder: String?

  @Option(
    name: .customLong("from"),
    help: ArgumentHelp("Describe this existing data folder.", valueName: "DATA"))
  var data: String?

  func run() throws {
    if let data {
      let run = ConfigDraftRun(data: data, folder: folder ?? data)
      let path: String
      do {
        path = try run.run()
      } catch {
        StandardError.line(error.description)
        throw ExitStatus(error).code
      }
      print("Wrote \(path)")
      let config = folder == nil ? "" : " --config \(path)"
      print(
        "Read its notes and answer its questions (lines starting with #), then run "
          + "`impact report \(data)\(config)`.")
      return
    }
    let folder = self.folder ?? "."
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
