// Command gen derives rcperm's tables from their sources and writes them as
// the tab-separated files the permissions package embeds. It keeps facts
// only (method, path template, operationId, permissions) and none of the
// sources' prose.
//
// Usage:
//
//	gen -spec rc-public-openapi.yml -o operations.tsv
//	gen -legacy -current operations.tsv -o legacy_operations.tsv
//	gen -filters event-filters.tsv -permissions permissions.tsv -current operations.tsv -legacy-table legacy_operations.tsv -o event_filters.tsv
//
// The second form reads the legacy spec from the generated SDK's module, and
// the API Explorer's swagger from another, which it fetches with go mod
// download when the module cache lacks them, and the Glip routes of
// RingCentral's TypeScript SDK from its npm tarball, which it fetches with
// npm pack into the user's cache (see glip.go).
package main

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	specPath := flag.String("spec", "", "RingCentral's OpenAPI spec, rc-public-openapi.yml")
	legacy := flag.Bool("legacy", false, "generate the legacy table from the spec in "+legacyModule)
	currentPath := flag.String("current", "operations.tsv", "with -legacy: the current operation table, whose routes the legacy table leaves out; with -filters: the table whose GETs give a filter's API family its permission")
	legacyTable := flag.String("legacy-table", "legacy_operations.tsv", "with -filters: the legacy operation table, whose GETs give a filter's API family its permission too")
	filtersPath := flag.String("filters", "", "event-filters.tsv, to generate the event filter table")
	registryPath := flag.String("permissions", "permissions.tsv", "with -filters: the permissions the filters may name")
	outPath := flag.String("o", "", "table to write (required)")
	flag.Parse()
	if err := run(*specPath, *legacy, *currentPath, *legacyTable, *filtersPath, *registryPath, *outPath); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

func run(specPath string, legacy bool, currentPath, legacyTable, filtersPath, registryPath, outPath string) error {
	if outPath == "" {
		return fmt.Errorf("-o is required: the table to write")
	}
	var out []byte
	switch {
	case legacy:
		dir, err := moduleDir(legacyModule)
		if err != nil {
			return err
		}
		spec, err := os.ReadFile(filepath.Join(dir, legacySpecFile))
		if err != nil {
			return err
		}
		current, err := os.ReadFile(currentPath)
		if err != nil {
			return err
		}
		glip, err := glipSources()
		if err != nil {
			return err
		}
		if out, err = GenerateLegacy(spec, current, legacyModule, glip...); err != nil {
			return fmt.Errorf("%s: %v", legacySpecFile, err)
		}
	case filtersPath != "":
		source, err := os.ReadFile(filtersPath)
		if err != nil {
			return err
		}
		registry, err := os.ReadFile(registryPath)
		if err != nil {
			return err
		}
		var tables [][]byte
		for _, path := range []string{currentPath, legacyTable} {
			t, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			tables = append(tables, t)
		}
		if out, err = GenerateEventFilters(source, knownPermissions(registry), tables...); err != nil {
			return fmt.Errorf("%s: %v", filtersPath, err)
		}
	case specPath != "":
		spec, err := os.ReadFile(specPath)
		if err != nil {
			return err
		}
		if out, err = Generate(spec); err != nil {
			return fmt.Errorf("%s: %v", specPath, err)
		}
	default:
		return fmt.Errorf("-spec (the path of rc-public-openapi.yml), -legacy or -filters is required")
	}
	return os.WriteFile(outPath, out, 0o644)
}

// moduleDir returns the directory of module@version in the module cache,
// downloading it when it is not there.
func moduleDir(modVersion string) (string, error) {
	out, err := exec.Command("go", "mod", "download", "-json", modVersion).Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %v", modVersion, err)
	}
	var m struct{ Dir, Error string }
	if err := json.Unmarshal(out, &m); err != nil {
		return "", fmt.Errorf("go mod download %s: %v", modVersion, err)
	}
	if m.Error != "" {
		return "", fmt.Errorf("go mod download %s: %s", modVersion, m.Error)
	}
	return m.Dir, nil
}

// glipSources reads the sources of Glip routes beyond the legacy spec:
// RingCentral's TypeScript SDK, then the API Explorer's swagger.
func glipSources() ([]glipSource, error) {
	tgz, err := rcexTarball()
	if err != nil {
		return nil, err
	}
	rcex, err := readRCEx(tgz)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", rcexPackage, err)
	}
	dir, err := moduleDir(swaggerModule)
	if err != nil {
		return nil, err
	}
	doc, err := os.ReadFile(filepath.Join(dir, swaggerFile))
	if err != nil {
		return nil, err
	}
	sw, err := readSwaggerGlip(doc)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", swaggerFile, err)
	}
	return []glipSource{
		{from: rcexPackage + " (npm), " + strings.TrimSuffix(rcexGlipPrefix, "/") + "/**/index.ts", sha256: sha256.Sum256(tgz), routes: rcex},
		{from: swaggerModule + ", " + swaggerFile, sha256: sha256.Sum256(doc), routes: sw},
	}, nil
}
