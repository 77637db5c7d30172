package permissions

//go:generate go run ./internal/gen -spec ../../shared/ringcentral/rc-public-openapi.yml -o operations.tsv
