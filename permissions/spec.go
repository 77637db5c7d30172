package permissions

// The RingCentral OpenAPI spec that operations.tsv is generated from (see
// generate.go), as `rcperm version` reports it: the spec's info.version is
// a placeholder, so the commit of the repository that publishes it and its
// date identify it.
const (
	SpecCommit = "57b864b"
	SpecDate   = "2026-08-13"
)
