public enum IngestNS {}
