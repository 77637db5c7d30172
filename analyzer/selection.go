package analyzer

import (
	"flag"
	"fmt"
	"slices"
	"strings"
)

// Choosing which categories of findings to report: -enable and -disable.
// A library has no app and no main, so unused-permission means nothing
// there; a team may adopt the missing-permission check first.

// CheckCategories returns an error naming the valid categories when names
// holds one that is not a category, or manifest: rcperm fails closed, so
// a manifest it cannot read is always reported.
func CheckCategories(names []string) error {
	for _, name := range names {
		if name == CategoryManifest {
			return fmt.Errorf("category %s cannot be chosen: rcperm reports a manifest it cannot read whatever the selection, rather than pass code it cannot check", name)
		}
		if !slices.ContainsFunc(Categories, func(c CategoryInfo) bool { return c.Name == name }) {
			return fmt.Errorf("unknown category %q: the categories are %s", name, strings.Join(selectable(), ", "))
		}
	}
	return nil
}

// selectable names the categories -enable and -disable accept.
func selectable() []string {
	var names []string
	for _, c := range Categories {
		if c.Name != CategoryManifest {
			names = append(names, c.Name)
		}
	}
	return names
}

// reports tells whether the configuration reports findings of category:
// those of Enable, or all when it is empty, less those of Disable.
func (c *Config) reports(category string) bool {
	if category == CategoryManifest {
		return true
	}
	if len(c.Enable) > 0 && !slices.Contains(c.Enable, category) {
		return false
	}
	return !slices.Contains(c.Disable, category)
}

// categoriesFlag is a comma-separated list of categories, checked as it is
// set so that a misspelt one stops the command line.
type categoriesFlag []string

func (l *categoriesFlag) String() string { return strings.Join(*l, ",") }

func (l *categoriesFlag) Set(s string) error {
	var names listFlag
	if err := names.Set(s); err != nil {
		return err
	}
	if err := CheckCategories(names); err != nil {
		return err
	}
	*l = categoriesFlag(names)
	return nil
}

var _ flag.Value = (*categoriesFlag)(nil)
