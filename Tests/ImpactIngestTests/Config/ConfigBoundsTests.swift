import Foundation
import ImpactIngest
import ImpactModel
import Testing

/// `impact.yml` is input (issue 11): aliases that multiply, deep nesting, huge lists and a
/// huge file each meet a message naming the file and line, in bounded time.
@Suite("impact.yml within its limits")
struct ConfigBoundsTests {
  static func error(_ yaml: String, limits: InputLimits = .standard) -> ConfigError? {
    do {
      _ = try ConfigLoader(knownColumns: ConfigTestSupport.knownColumns, limits: limits)
        .load(yaml: yaml, path: "impact.yml")
      return nil
    } catch {
      return error
    }
  }

  @Test("A YAML billion laughs is refused at the setting that passes the limit, quickly")
  func billionLaughs() throws {
    var lines = ["a: &a [" + Array(repeating: "lol", count: 10).joined(separator: ", ") + "]"]
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
    for (previous, name) in zip(names, names.dropFirst()) {
      lines.append(
        "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ")
          + "]")
    }
    let started = Date()
    let error = try #require(Self.error(lines.joined(separator: "\n") + "\n"))
    #expect(Date().timeIntervalSince(started) < 5)
    guard case .beyondLimit(let location, let problem, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    // Counted in order: 1 + 2 + 11 + … the 100,001st value lies inside e (line 5).
    #expect(location.line == 5)
    #expect(location.keyPath == "e")
    #expect(problem.hasPrefix("the settings hold more than 100000 values once anchors"))
    #expect(error.description.hasPrefix("impact.yml, line 5, key e: the settings hold"))
  }

  @Test("Lists nested past the depth limit are refused")
  func deepNesting() throws {
    let yaml =
      "currency: GBP\norganisation: " + String(repeating: "[", count: 40)
      + String(repeating: "]", count: 40) + "\n"
    let error = try #require(Self.error(yaml))
    guard case .beyondLimit(let location, let problem, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(location.line == 2)
    #expect(problem == "lists and sections are nested more than 32 deep")
  }

  @Test("Nesting past libyaml's own bound is a syntax error with its line, not a crash")
  func veryDeepNesting() throws {
    let yaml = "currency: GBP\norganisation: " + String(repeating: "[", count: 5000) + "\n"
    let error = try #require(Self.error(yaml))
    guard case .syntaxError(let location, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(location.line == 2)
  }

  @Test("A list longer than the values limit names its setting")
  func hugeList() throws {
    var limits = InputLimits.standard
    limits.configValues = 1000
    let yaml =
      "currency: GBP\npriority_groups:\n"
      + String(repeating: "  - id: x\n", count: 2000)
    let error = try #require(Self.error(yaml, limits: limits))
    guard case .beyondLimit(let location, let problem, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(location.line == 2)
    #expect(location.keyPath == "priority_groups")
    #expect(problem.hasPrefix("the settings hold more than 1000 values"))
  }

  @Test("A file larger than the size limit is refused before it is parsed")
  func hugeFile() throws {
    var limits = InputLimits.standard
    limits.configBytes = 64
    let error = try #require(
      Self.error("organisation: " + String(repeating: "x", count: 100) + "\n", limits: limits))
    #expect(
      error.description
        == "impact.yml, line 1: the file is larger than a settings file may be (64 bytes); "
        + "impact.yml holds a few settings; check that the right file was named.")
  }
}
