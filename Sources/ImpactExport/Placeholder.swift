public enum ImpactExportNS {}
