package lib

// Package lib builds subscription filters; both builders hand their list
// to the same helper, which must not mix them.

import (
	"fmt"
	"strings"
)

const presence = "/restapi/v1.0/account/~/extension/%s/presence"

var accountFilters = []string{"/restapi/v1.0/account/~/telephony/sessions"}

// ForExtensions is the account's filters and each extension's presence.
func ForExtensions(ids []string) []string { // want ForExtensions:`list\(2 elements\)`
	out := make([]string, 0, len(accountFilters)+len(ids))
	out = append(out, accountFilters...)
	for _, id := range ids {
		if id = strings.TrimSpace(id); id != "" {
			out = append(out, fmt.Sprintf(presence, id))
		}
	}
	return dedupe(out)
}

var features = map[string][]string{
	"voicemail": {"/restapi/v1.0/account/~/extension/%s/voicemail"},
	"directory": {"/restapi/v1.0/account/~/directory/entries"},
}

// Features expands the templates of the features named: one with a verb
// for each extension, one without as it is.
func Features(names, ids []string) []string { // want Features:`list\(2 elements\)`
	var out []string
	for _, name := range names {
		for _, t := range features[name] {
			if !strings.Contains(t, "%s") {
				out = append(out, t)
				continue
			}
			for _, id := range ids {
				out = append(out, fmt.Sprintf(t, id))
			}
		}
	}
	return dedupe(out)
}

// Voicemail is another list through the same helper.
func Voicemail() []string { // want Voicemail:`list\(1 elements\)`
	return dedupe([]string{"/restapi/v1.0/account/~/extension/~/voicemail"})
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	out := in[:0]
	for _, f := range in {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}
