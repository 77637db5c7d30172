package config // want package:`needs\(\[\]\) wrappers=false module=""`

// Config is the relay's configuration: its default event filters, which
// an option may replace.
type Config struct {
	ServerURL    string   // want ServerURL:`field stores\(1\)`
	EventFilters []string // want EventFilters:`list\(3 elements\)`
	// Tags are no filters: no route text.
	Tags []string
}

type Option func(*Config)

func Default() Config { // want Default:`effects\(result 3 fields, receiver 0 fields\)`
	return Config{
		ServerURL: "https://platform.ringcentral.com",
		EventFilters: []string{
			"/restapi/v1.0/account/~/extension/~/message-store",
			"/restapi/v1.0/account/~/telephony/sessions",
		},
		Tags: []string{"relay", "prod"},
	}
}

// WithFilters replaces the default filters with the caller's.
func WithFilters(filters ...string) Option {
	return func(c *Config) { c.EventFilters = append([]string(nil), filters...) }
}
