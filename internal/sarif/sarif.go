// Package sarif is the object model of SARIF 2.1.0, the Static Analysis
// Results Interchange Format, as far as rcperm writes it: types only. See
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/.
package sarif

const (
	// Schema is the URI of the SARIF 2.1.0 JSON schema, a log's "$schema".
	Schema = "https://json.schemastore.org/sarif-2.1.0.json"
	// Version is the SARIF version of a log.
	Version = "2.1.0"
)

type (
	Log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []Run  `json:"runs"`
	}
	Run struct {
		Tool               Tool                        `json:"tool"`
		OriginalURIBaseIDs map[string]ArtifactLocation `json:"originalUriBaseIds,omitempty"`
		ColumnKind         string                      `json:"columnKind"`
		Results            []Result                    `json:"results"`
	}
	Tool struct {
		Driver Driver `json:"driver"`
	}
	Driver struct {
		Name            string `json:"name"`
		InformationURI  string `json:"informationUri"`
		Version         string `json:"version,omitempty"`
		SemanticVersion string `json:"semanticVersion,omitempty"`
		Rules           []Rule `json:"rules"`
	}
	Rule struct {
		ID                   string          `json:"id"`
		Name                 string          `json:"name"`
		ShortDescription     Message         `json:"shortDescription"`
		FullDescription      Message         `json:"fullDescription"`
		Help                 Message         `json:"help"`
		HelpURI              string          `json:"helpUri"`
		DefaultConfiguration Configuration   `json:"defaultConfiguration"`
		Properties           *RuleProperties `json:"properties,omitempty"`
	}
	RuleProperties struct {
		Tags []string `json:"tags,omitempty"`
	}
	// Configuration is a reportingConfiguration.
	Configuration struct {
		Level string `json:"level"`
	}
	// Message is a message or a multiformatMessageString.
	Message struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	Result struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             Message           `json:"message"`
		Locations           []Location        `json:"locations,omitempty"`
		RelatedLocations    []Location        `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
		// Properties is a property bag: rcperm's facts of the finding.
		Properties any `json:"properties,omitempty"`
	}
	Location struct {
		ID               *int              `json:"id,omitempty"`
		PhysicalLocation *PhysicalLocation `json:"physicalLocation,omitempty"`
		Message          *Message          `json:"message,omitempty"`
	}
	PhysicalLocation struct {
		ArtifactLocation ArtifactLocation `json:"artifactLocation"`
		Region           *Region          `json:"region,omitempty"`
	}
	ArtifactLocation struct {
		URI       string `json:"uri,omitempty"`
		URIBaseID string `json:"uriBaseId,omitempty"`
		// Description says what a base id of originalUriBaseIds stands
		// for, where its URI is left to the consumer.
		Description *Message `json:"description,omitempty"`
	}
	Region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
)
