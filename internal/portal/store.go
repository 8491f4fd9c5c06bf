package portal

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/wxgate/wxgate/internal/secret"
)

// Secret is a shop's portal secret key (seed 001's secretkey). It prints as
// [redacted]; Reveal gives the key.
type Secret = secret.Value

// ErrNoSecret is the error of a SecretStore that holds no key for the shop; test for
// it with errors.Is.
var ErrNoSecret = errors.New("no portal secret key for the shop")

// SecretStore maps an account's shop to the shop's portal secret key. Keys come from
// the configuration and from WifiService.RegisterPortalDevice; the gateway signs with
// them and never hands them out through the PortalSignService. An implementation's
// errors never hold a key: callers may pass them on.
type SecretStore interface {
	// Get returns the key of the shop of the account (its configured name), or an
	// error wrapping ErrNoSecret when there is none.
	Get(ctx context.Context, account string, shopID int64) (Secret, error)
	// Put sets the key of the shop of the account, replacing any earlier one (a
	// re-registered device gets a new key).
	Put(ctx context.Context, account string, shopID int64, key Secret) error
}

// shopKey names one shop of one account.
type shopKey struct {
	account string
	shopID  int64
}

// MemoryStore is a SecretStore in the process's memory, for one gateway replica.
//
// It is keyed by configured account name and shop id, and grows only through Put,
// which only the gateway's configuration and WifiService.RegisterPortalDevice (after
// WeChat registered the device) call: its size is bounded by what the gateway is
// told, never by what callers send. Get never adds an entry.
type MemoryStore struct {
	mu   sync.RWMutex
	keys map[shopKey]Secret
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{keys: make(map[shopKey]Secret)}
}

// Get implements SecretStore.
func (m *MemoryStore) Get(_ context.Context, account string, shopID int64) (Secret, error) {
	m.mu.RLock()
	key, ok := m.keys[shopKey{account, shopID}]
	m.mu.RUnlock()
	if !ok {
		return "", fmt.Errorf("account %q shop %d: %w", account, shopID, ErrNoSecret)
	}
	return key, nil
}

// Put implements SecretStore. An empty key is an error: it would sign with no secret.
func (m *MemoryStore) Put(_ context.Context, account string, shopID int64, key Secret) error {
	if key == "" {
		return fmt.Errorf("account %q shop %d: empty portal secret key", account, shopID)
	}
	m.mu.Lock()
	m.keys[shopKey{account, shopID}] = key
	m.mu.Unlock()
	return nil
}
