package config // want package:`needs\(\[\]\) wrappers=false module=""`

// Package config layers settings: defaults, then the environment. The
// API's server and path prefixes are settings like any other.

import "os"

type Config struct {
	Server     string // want Server:`field stores\(1\)`
	RestPrefix string // want RestPrefix:`field stores\(1\)`
	TeamPrefix string // want TeamPrefix:`field stores\(1\)`
	Account    string
	Warehouse  string // analytics ingest, not RingCentral // want Warehouse:`field stores\(1\)`
}

func Defaults() Config { // want Defaults:`effects\(result 5 fields, receiver 0 fields\)`
	return Config{
		Server:     "https://platform.ringcentral.com",
		RestPrefix: "/restapi/v1.0",
		TeamPrefix: "/team-messaging/v1",
		Account:    "~",
		Warehouse:  "https://ingest.example.com",
	}
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

func Load() Config {
	c := Defaults()
	c.Server = envOr("RC_SERVER", c.Server)
	c.RestPrefix = envOr("RC_REST_PREFIX", c.RestPrefix)
	c.Account = envOr("RC_ACCOUNT", c.Account)
	return c
}
