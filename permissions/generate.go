package permissions

//go:generate go run ./internal/gen -spec ../../shared/ringcentral/rc-public-openapi.yml -o operations.tsv
//go:generate go run ./internal/gen -legacy -current operations.tsv -o legacy_operations.tsv
//go:generate go run ./internal/gen -filters ../../shared/ringcentral/event-filters.tsv -permissions permissions.tsv -current operations.tsv -legacy-table legacy_operations.tsv -o event_filters.tsv
