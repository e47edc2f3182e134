import Foundation
import ImpactRun
import ImpactTestSupport
import Testing

/// Issue 11: text from the data never becomes a formula (workbook, CSV), markup or a script
/// (HTML), or a link, image, heading or tag (Markdown). A whole report of a register whose
/// programmes are hostile names, every output file checked.
@Suite struct InjectionTests {
  static let programmes = [
    #"=HYPERLINK("http://x")"#, "[click](http://evil)", "![i](http://evil/i.png)",
    "<script>alert(1)</script>", "# Big", "  @SUM(1)", "Choir\n=1+1", "see www.evil.com *now*",
  ]

  @Test func hostileProgrammeNamesStayText() throws {
    var attendance = "date,programme,participant_id\n"
    for (index, name) in Self.programmes.enumerated() {
      let field = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      attendance += "2025-07-0\(index + 1),\(field),P\(index)\n"
      attendance += "2025-07-0\(index + 1),\(field),Q\(index)\n"
    }
    let data = try TemporaryFolder(["attendance.csv": attendance])
    defer { data.remove() }
    let out = data.path + "/out"
    let result = try ReportRun(options: .init(dataFolder: data.path, out: out)).run()
    #expect(result.files.count >= 9)
    for file in result.files {
      let name = (file as NSString).lastPathComponent
      let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
      switch (name as NSString).pathExtension {
      case "csv":
        // Every hostile name that reached the file is text: a `'` in front, and on each line.
        #expect(text.contains(#""'=HYPERLINK(""http://x"")""#) || !text.contains("HYPERLINK"))
        for opener in [",=", ",\"=", ",@", ",\"@", ", @", ",\"  @", "\n=", "\n  @"] {
          #expect(!text.contains(opener), "\(name) holds \(opener.debugDescription)")
        }
      case "md":
        for markup in ["[click](", "![i](", "\n# Big", "http://", "www.evil", "*now*"] {
          #expect(!text.contains(markup), "\(name) holds \(markup.debugDescription)")
        }
        // `\<` is a literal `<` in Markdown: only an unescaped one could open a tag.
        #expect(!text.replacingOccurrences(of: "\\<", with: "").contains("<script"))
      case "txt":
        #expect(!text.contains("<script>") || text.contains("<script>alert(1)</script>"))
      case "html":
        #expect(!text.contains("<script"), "\(name) holds a script")
        #expect(!text.contains("href=\"http://evil"), "\(name) holds a link")
      case "json":
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
      case "xlsx":
        let sheets = try Self.unzipped(file, "xl/worksheets/*.xml")
        #expect(!sheets.contains("<f>") && !sheets.contains("<f "), "a formula in the workbook")
        let strings = try Self.unzipped(file, "xl/sharedStrings.xml")
        #expect(strings.contains(#"<t>=HYPERLINK("http://x")</t>"#))
      default:
        Issue.record("an unexpected file \(name)")
      }
    }
  }

  /// The members of the zip file matching `pattern`, as text.
  static func unzipped(_ file: String, _ pattern: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = ["-p", file, pattern]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
