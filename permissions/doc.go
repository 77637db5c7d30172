// Package permissions is rcperm's knowledge of the RingCentral REST API:
// every operation with the app permission it needs, and the permissions and
// what each includes. The app's declared permissions, its rcperm.yaml, are
// internal/manifest's.
//
// The operation table (operations.tsv) is generated from RingCentral's
// OpenAPI specification by ./internal/gen; overrides.tsv lays the
// requirements of RingCentral's Call Log Access Control page over it where
// the two differ; permissions.tsv lists the permissions.
//
// Lookup maps a request (method and URL, as a program sends it) to its
// operation. Check is the runtime twin of rcperm's static analysis: given
// the scope string of an access token, it tells before a call whether
// RingCentral would refuse it, with an error shaped like RingCentral's 403
// body.
package permissions
