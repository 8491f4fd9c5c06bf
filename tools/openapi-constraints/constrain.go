package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go/buf/validate"
	"buf.build/go/protovalidate"
	"google.golang.org/genproto/googleapis/api/annotations"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
	"google.golang.org/protobuf/types/dynamicpb"
)

// constrainer writes the rules of one image's messages into one spec.
type constrainer struct {
	files     *protoregistry.Files
	validator protovalidate.Validator

	defs    *object                                   // the spec's definitions
	reached map[string]protoreflect.MessageDescriptor // definition → the message it is
	queue   []string                                  // definitions reached, not yet constrained

	operations, fields int      // operations seen, fields with rules seen
	notes              []string // rules the spec cannot carry, for -v
}

func newConstrainer(files *protoregistry.Files) (*constrainer, error) {
	v, err := protovalidate.New()
	if err != nil {
		return nil, err
	}
	return &constrainer{files: files, validator: v, reached: map[string]protoreflect.MessageDescriptor{}}, nil
}

func (c *constrainer) note(format string, args ...any) {
	c.notes = append(c.notes, fmt.Sprintf(format, args...))
}

// apply constrains every operation of the spec and every definition its requests reach.
func (c *constrainer) apply(spec *object) error {
	c.defs = spec.obj("definitions")
	if c.defs == nil {
		c.defs = newObject()
	}
	ops := map[string]*object{} // operationId → operation
	if paths := spec.obj("paths"); paths != nil {
		for _, p := range paths.keys {
			item := paths.obj(p)
			for _, m := range item.keys {
				if op := item.obj(m); op != nil && op.str("operationId") != "" {
					ops[op.str("operationId")] = op
				}
			}
		}
	}
	for _, fd := range c.sortedFiles() {
		for i := range fd.Services().Len() {
			svc := fd.Services().Get(i)
			for j := range svc.Methods().Len() {
				m := svc.Methods().Get(j)
				rule, _ := proto.GetExtension(m.Options(), annotations.E_Http).(*annotations.HttpRule)
				if rule.GetPattern() == nil {
					continue // no REST route
				}
				for k, b := range append([]*annotations.HttpRule{rule}, rule.GetAdditionalBindings()...) {
					id := string(svc.Name()) + "_" + string(m.Name())
					if k > 0 {
						id += strconv.Itoa(k + 1)
					}
					op := ops[id]
					if op == nil {
						return fmt.Errorf("%s: no operation %s in the spec", m.FullName(), id)
					}
					delete(ops, id)
					if err := c.operation(op, m.Input(), b.GetBody()); err != nil {
						return fmt.Errorf("%s: %w", id, err)
					}
				}
			}
		}
	}
	if len(ops) > 0 {
		left := make([]string, 0, len(ops))
		for id := range ops {
			left = append(left, id)
		}
		slices.Sort(left)
		return fmt.Errorf("operations of no method in the image: %s", strings.Join(left, ", "))
	}
	for len(c.queue) > 0 {
		name := c.queue[0]
		c.queue = c.queue[1:]
		if err := c.message(c.defs.obj(name), c.reached[name]); err != nil {
			return fmt.Errorf("definition %s: %w", name, err)
		}
	}
	return nil
}

// sortedFiles are the image's files in path order, so the notes come out the same
// every run.
func (c *constrainer) sortedFiles() []protoreflect.FileDescriptor {
	var files []protoreflect.FileDescriptor
	c.files.RangeFiles(func(fd protoreflect.FileDescriptor) bool {
		files = append(files, fd)
		return true
	})
	slices.SortFunc(files, func(a, b protoreflect.FileDescriptor) int { return strings.Compare(a.Path(), b.Path()) })
	return files
}

// operation constrains an operation's parameters and its body's definition.
func (c *constrainer) operation(op *object, input protoreflect.MessageDescriptor, body string) error {
	c.operations++
	params, _ := op.vals["parameters"].([]any)
	for _, p := range params {
		param, ok := p.(*object)
		if !ok {
			continue
		}
		switch param.str("in") {
		case "path", "query":
			fd, err := fieldByPath(input, param.str("name"))
			if err != nil {
				return err
			}
			if err := c.constrain(param, fd); err != nil {
				return err
			}
			if param.str("in") == "query" && !strings.Contains(param.str("name"), ".") {
				req, err := c.required(fd)
				if err != nil {
					return err
				}
				if req {
					param.set("required", true)
				}
			}
		case "body":
			schema := param.obj("schema")
			md := input
			if body != "*" {
				fd, err := fieldByPath(input, body)
				if err != nil {
					return err
				}
				if fd.Message() == nil || fd.IsList() || fd.IsMap() {
					if err := c.constrain(schema, fd); err != nil {
						return err
					}
					continue
				}
				md = fd.Message()
			}
			if ref := refName(schema); ref != "" {
				if err := c.reach(ref, md); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// fieldByPath is the field a parameter name (a dotted field path) names.
func fieldByPath(md protoreflect.MessageDescriptor, path string) (protoreflect.FieldDescriptor, error) {
	var fd protoreflect.FieldDescriptor
	for i, name := range strings.Split(path, ".") {
		if i > 0 {
			if fd.Message() == nil {
				return nil, fmt.Errorf("parameter %s: %s is not a message", path, fd.Name())
			}
			md = fd.Message()
		}
		if fd = md.Fields().ByName(protoreflect.Name(name)); fd == nil {
			return nil, fmt.Errorf("parameter %s: %s has no field %s", path, md.FullName(), name)
		}
	}
	return fd, nil
}

// refName is the definition a schema's $ref names, or "".
func refName(schema *object) string {
	if schema == nil {
		return ""
	}
	ref, ok := strings.CutPrefix(schema.str("$ref"), "#/definitions/")
	if !ok {
		return ""
	}
	return ref
}

// reach queues a definition as the schema of md, once.
func (c *constrainer) reach(name string, md protoreflect.MessageDescriptor) error {
	if c.defs.obj(name) == nil {
		return fmt.Errorf("no definition %s", name)
	}
	if seen, ok := c.reached[name]; ok {
		if seen.FullName() != md.FullName() {
			return fmt.Errorf("definition %s is reached as %s and as %s", name, seen.FullName(), md.FullName())
		}
		return nil
	}
	if strings.HasPrefix(string(md.FullName()), "google.") {
		return nil // the well-known types and google.rpc: no rules of ours
	}
	c.reached[name] = md
	c.queue = append(c.queue, name)
	return nil
}

// message constrains a definition's properties (a body's are its message's fields
// less the path parameters), its required list, and queues the definitions of its
// message fields.
func (c *constrainer) message(def *object, md protoreflect.MessageDescriptor) error {
	if mr, ok := proto.GetExtension(md.Options(), validate.E_Message).(*validate.MessageRules); ok {
		for _, r := range mr.GetCel() {
			c.note("%s: message rule %s (%s)", md.FullName(), r.GetId(), r.GetMessage())
		}
		for _, r := range mr.GetOneof() {
			c.note("%s: one of %s", md.FullName(), strings.Join(r.GetFields(), ", "))
		}
	}
	for i := range md.Oneofs().Len() {
		o := md.Oneofs().Get(i)
		if r, ok := proto.GetExtension(o.Options(), validate.E_Oneof).(*validate.OneofRules); ok && r.GetRequired() {
			c.note("%s: one of the oneof %s is required", md.FullName(), o.Name())
		}
	}
	if _, ok := def.get("additionalProperties"); !ok && def.str("type") == "object" {
		// The gateway refuses a field it does not know (protojson, DiscardUnknown
		// false): a request's objects are closed.
		def.set("additionalProperties", false)
	}
	props := def.obj("properties")
	if props == nil {
		return nil
	}
	var required []string
	for _, name := range props.keys {
		prop := props.obj(name)
		fd := md.Fields().ByName(protoreflect.Name(name))
		if fd == nil || prop == nil {
			return fmt.Errorf("%s has no field %s", md.FullName(), name)
		}
		if err := c.constrain(prop, fd); err != nil {
			return err
		}
		req, err := c.required(fd)
		if err != nil {
			return err
		}
		if req {
			required = append(required, name)
		}
		if sub := messageOf(fd); sub != nil {
			for _, s := range []*object{prop, prop.obj("items"), prop.obj("additionalProperties")} {
				if ref := refName(s); ref != "" {
					if err := c.reach(ref, sub); err != nil {
						return err
					}
				}
			}
		}
	}
	if len(required) > 0 {
		var list []any
		if old, ok := def.vals["required"].([]any); ok {
			list = old
		}
		for _, name := range required {
			if !slices.Contains(list, any(name)) {
				list = append(list, name)
			}
		}
		def.set("required", list)
	}
	return nil
}

// messageOf is the message a field holds (a map's values), or nil.
func messageOf(fd protoreflect.FieldDescriptor) protoreflect.MessageDescriptor {
	if fd.IsMap() {
		return fd.MapValue().Message()
	}
	return fd.Message()
}

// fieldRules are fd's rules, or nil when it has none that apply.
func fieldRules(fd protoreflect.FieldDescriptor) *validate.FieldRules {
	r, ok := proto.GetExtension(fd.Options(), validate.E_Field).(*validate.FieldRules)
	if !ok || r == nil || r.GetIgnore() == validate.Ignore_IGNORE_ALWAYS {
		return nil
	}
	return r
}

// constrain writes fd's rules into schema: a parameter, a property, or a body that
// is one field. Parameters and schemas name these keywords alike.
func (c *constrainer) constrain(schema *object, fd protoreflect.FieldDescriptor) error {
	if schema == nil {
		return nil
	}
	r := fieldRules(fd)
	if r != nil {
		c.fields++
	}
	exampleKey, itemsExampleKey := "example", "example"
	if _, param := schema.get("in"); param {
		exampleKey, itemsExampleKey = "x-example", ""
	}
	switch {
	case fd.IsList():
		c.celNotes(fd, r, "the list's") // a list's own CEL rules; its items' are scalar rules
		rep := r.GetRepeated()
		if rep.HasMinItems() {
			schema.set("minItems", num(rep.GetMinItems()))
		}
		if rep.HasMaxItems() {
			schema.set("maxItems", num(rep.GetMaxItems()))
		}
		if rep.GetUnique() {
			schema.set("uniqueItems", true)
		}
		if items := schema.obj("items"); items != nil {
			c.scalar(items, fd, rep.GetItems(), itemsExampleKey)
			if err := c.enumValues(items, fd); err != nil {
				return err
			}
		}
	case fd.IsMap():
		c.celNotes(fd, r, "the map's")
		m := r.GetMap()
		if m.HasMinPairs() {
			schema.set("minProperties", num(m.GetMinPairs()))
		}
		if m.HasMaxPairs() {
			schema.set("maxProperties", num(m.GetMaxPairs()))
		}
		if m.HasKeys() {
			c.note("%s: rules of the map's keys", fd.FullName())
		}
		if values := schema.obj("additionalProperties"); values != nil && m.HasValues() {
			c.scalarKind(values, fd, fd.MapValue(), m.GetValues(), "example")
		}
	default:
		c.scalar(schema, fd, r, exampleKey)
		if err := c.enumValues(schema, fd); err != nil {
			return err
		}
	}
	return nil
}

// scalar writes the rules r of fd's values (fd's own, or its items') into schema.
func (c *constrainer) scalar(schema *object, fd protoreflect.FieldDescriptor, r *validate.FieldRules, exampleKey string) {
	c.scalarKind(schema, fd, fd, r, exampleKey)
}

// scalarKind writes rules r into schema for values of kind's kind; fd names them in
// notes. A rule's example goes under exampleKey: example in a schema, x-example in
// a parameter (Swagger 2.0's), none in a parameter's items (which have no such
// keyword).
func (c *constrainer) scalarKind(schema *object, fd, kind protoreflect.FieldDescriptor, r *validate.FieldRules, exampleKey string) {
	if r == nil {
		return
	}
	if kind.Kind() != protoreflect.StringKind { // strings' CEL rules may be patterns
		c.celNotes(fd, r, "")
	}
	switch kind.Kind() {
	case protoreflect.StringKind:
		c.stringRules(schema, fd, r)
	case protoreflect.Int32Kind, protoreflect.Sint32Kind, protoreflect.Sfixed32Kind,
		protoreflect.Uint32Kind, protoreflect.Fixed32Kind:
		c.intRules(schema, fd, numericRules(r))
	case protoreflect.Int64Kind, protoreflect.Sint64Kind, protoreflect.Sfixed64Kind,
		protoreflect.Uint64Kind, protoreflect.Fixed64Kind:
		c.int64Rules(schema, fd, numericRules(r))
	case protoreflect.FloatKind, protoreflect.DoubleKind:
		c.floatRules(schema, fd, numericRules(r))
	case protoreflect.BoolKind:
		if b := r.GetBool(); b.HasConst() {
			schema.set("enum", []any{b.GetConst()})
		}
	case protoreflect.BytesKind:
		if r.HasBytes() {
			c.note("%s: bytes rules", fd.FullName())
		}
	case protoreflect.MessageKind:
		if r.HasTimestamp() || r.HasDuration() || r.HasAny() || r.HasFieldMask() {
			c.note("%s: rules of a %s", fd.FullName(), kind.Message().FullName())
		}
	}
	if v, ok := example(r, kind); ok && exampleKey != "" {
		schema.set(exampleKey, v)
	}
}

// example is the first of the rule's example values, as the spec writes the
// field's values: what the explorer fills in, and what schemathesis builds its
// coverage cases around.
func example(r *validate.FieldRules, kind protoreflect.FieldDescriptor) (any, bool) {
	m := r.ProtoReflect()
	set := m.WhichOneof(m.Descriptor().Oneofs().ByName("type"))
	if set == nil || set.Message() == nil {
		return nil, false
	}
	rm := m.Get(set).Message()
	f := rm.Descriptor().Fields().ByName("example")
	if f == nil || !f.IsList() || rm.Get(f).List().Len() == 0 {
		return nil, false
	}
	v := rm.Get(f).List().Get(0)
	switch kind.Kind() {
	case protoreflect.StringKind, protoreflect.BoolKind:
		return v.Interface(), true
	case protoreflect.Int32Kind, protoreflect.Sint32Kind, protoreflect.Sfixed32Kind,
		protoreflect.Uint32Kind, protoreflect.Fixed32Kind:
		return num(integer(v)), true
	case protoreflect.Int64Kind, protoreflect.Sint64Kind, protoreflect.Sfixed64Kind:
		return strconv.FormatInt(v.Int(), 10), true
	case protoreflect.Uint64Kind, protoreflect.Fixed64Kind:
		return strconv.FormatUint(v.Uint(), 10), true
	case protoreflect.FloatKind, protoreflect.DoubleKind:
		return float(v), true
	case protoreflect.EnumKind:
		if ev := kind.Enum().Values().ByNumber(protoreflect.EnumNumber(v.Int())); ev != nil {
			return string(ev.Name()), true
		}
	}
	return nil, false
}

// stringRules: lengths, a pattern (pattern, prefix, suffix, contains, or a CEL rule
// this.matches('…') or this.startsWith('…') || …), fixed values and formats.
func (c *constrainer) stringRules(schema *object, fd protoreflect.FieldDescriptor, r *validate.FieldRules) {
	s := r.GetString()
	if s.HasLen() {
		schema.set("minLength", num(s.GetLen()))
		schema.set("maxLength", num(s.GetLen()))
	}
	if s.HasMinLen() {
		schema.set("minLength", num(s.GetMinLen()))
	}
	if s.HasMaxLen() {
		schema.set("maxLength", num(s.GetMaxLen()))
	}
	if s.HasLenBytes() || s.HasMinBytes() || s.HasMaxBytes() {
		// maxLength counts characters: a byte bound is no character bound.
		c.note("%s: a length in bytes", fd.FullName())
	}
	var patterns []string
	if s.HasPattern() {
		patterns = append(patterns, s.GetPattern())
	}
	if s.HasPrefix() {
		patterns = append(patterns, "^"+quoteMeta(s.GetPrefix()))
	}
	if s.HasSuffix() {
		patterns = append(patterns, quoteMeta(s.GetSuffix())+"$")
	}
	if s.HasContains() {
		patterns = append(patterns, quoteMeta(s.GetContains()))
	}
	for _, rule := range r.GetCel() {
		if p, ok := celPattern(rule.GetExpression()); ok {
			patterns = append(patterns, p)
		} else {
			c.note("%s: rule %s (%s)", fd.FullName(), rule.GetId(), rule.GetMessage())
		}
	}
	patterns = slices.DeleteFunc(patterns, func(p string) bool {
		if !portable(p) {
			c.note("%s: a pattern in RE2's own syntax %s", fd.FullName(), p)
			return true
		}
		return false
	})
	if len(patterns) > 0 {
		schema.set("pattern", patterns[0])
		for _, p := range patterns[1:] {
			c.note("%s: a second pattern %s", fd.FullName(), p)
		}
	}
	if s.HasConst() {
		schema.set("enum", []any{s.GetConst()})
	} else if len(s.GetIn()) > 0 {
		schema.set("enum", anys(s.GetIn()))
	}
	if len(s.GetNotIn()) > 0 || s.HasNotContains() {
		c.note("%s: values it may not be", fd.FullName())
	}
	if f := stringFormat(s); f != "" {
		schema.set("format", f)
	} else if s.HasWellKnown() {
		c.note("%s: a well-known string rule with no OpenAPI format", fd.FullName())
	}
}

// stringFormat is the OpenAPI format of a well-known string rule, or "".
func stringFormat(s *validate.StringRules) string {
	switch {
	case s.GetEmail():
		return "email"
	case s.GetHostname():
		return "hostname"
	case s.GetIpv4():
		return "ipv4"
	case s.GetIpv6():
		return "ipv6"
	case s.GetUri():
		return "uri"
	case s.GetUriRef():
		return "uri-reference"
	case s.GetUuid():
		return "uuid"
	}
	return ""
}

// celNotes notes r's CEL rules, which say what only code can say.
func (c *constrainer) celNotes(fd protoreflect.FieldDescriptor, r *validate.FieldRules, whose string) {
	for _, rule := range r.GetCel() {
		c.note("%s: %srule %s (%s)", fd.FullName(), strings.TrimSpace(whose+" "), rule.GetId(), rule.GetMessage())
	}
}

// re2Only are the pieces of RE2 syntax (protovalidate's) that an OpenAPI pattern,
// ECMA-262 without flags and read by Python's re too, does not have: Unicode
// classes, \x{…} code points, flag groups, \A and \z, POSIX classes.
var re2Only = []string{`\p`, `\P`, `\x{`, `(?i`, `(?m`, `(?s`, `(?U`, `(?P`, `\A`, `\z`, `[[:`, `\Q`}

// portable says whether pattern p means the same to the spec's readers as to
// protovalidate; one that does not is left out of the spec (and noted).
func portable(p string) bool {
	for _, piece := range re2Only {
		if strings.Contains(p, piece) {
			return false
		}
	}
	return true
}

// celPattern is the pattern a CEL string rule of the two forms the protos use says:
// this.matches('RE'), or this.startsWith('a') || this.startsWith('b') || ….
func celPattern(expr string) (string, bool) {
	if lit, ok := celCall(expr, "matches"); ok {
		return lit, true
	}
	var alts []string
	for part := range strings.SplitSeq(expr, "||") {
		lit, ok := celCall(strings.TrimSpace(part), "startsWith")
		if !ok {
			return "", false
		}
		alts = append(alts, quoteMeta(lit))
	}
	if len(alts) == 1 {
		return "^" + alts[0], true
	}
	return "^(" + strings.Join(alts, "|") + ")", true
}

// celCall is the literal of this.FN('literal'), when expr is exactly that and the
// literal has no escapes.
func celCall(expr, fn string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(expr), "this."+fn+"('")
	if !ok {
		return "", false
	}
	lit, ok := strings.CutSuffix(rest, "')")
	if !ok || strings.ContainsAny(lit, `'\`) {
		return "", false
	}
	return lit, true
}

// quoteMeta escapes a literal for a pattern, the same in RE2, ECMA-262 and Python.
func quoteMeta(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\.+*?()|[]{}^$`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// numeric are a number rule's bounds and sets, read alike from every numeric rule
// message (Int32Rules … DoubleRules share these field names).
type numeric struct {
	gt, gte, lt, lte, konst protoreflect.Value // invalid when unset
	in, notIn               []protoreflect.Value
}

func numericRules(r *validate.FieldRules) *numeric {
	m := r.ProtoReflect()
	oneof := m.Descriptor().Oneofs().ByName("type")
	set := m.WhichOneof(oneof)
	if set == nil || set.Message() == nil {
		return nil
	}
	rm := m.Get(set).Message()
	n := &numeric{}
	get := func(name string) protoreflect.Value {
		f := rm.Descriptor().Fields().ByName(protoreflect.Name(name))
		if f == nil || !rm.Has(f) {
			return protoreflect.Value{}
		}
		return rm.Get(f)
	}
	list := func(name string) []protoreflect.Value {
		v := get(name)
		if !v.IsValid() {
			return nil
		}
		l := v.List()
		out := make([]protoreflect.Value, l.Len())
		for i := range out {
			out[i] = l.Get(i)
		}
		return out
	}
	n.gt, n.gte, n.lt, n.lte, n.konst = get("gt"), get("gte"), get("lt"), get("lte"), get("const")
	n.in, n.notIn = list("in"), list("not_in")
	return n
}

// integer is a rule value of an integer kind as an int64 (uint64 beyond int64's
// range is clamped: no 64-bit bound reaches a minimum or maximum keyword).
func integer(v protoreflect.Value) int64 {
	switch x := v.Interface().(type) {
	case int32:
		return int64(x)
	case int64:
		return x
	case uint32:
		return int64(x)
	case uint64:
		return int64(min(x, 1<<63-1))
	}
	return 0
}

// bounds are the inclusive integer bounds n says, with has* false where there is none.
func (n *numeric) bounds() (lo, hi int64, hasLo, hasHi bool) {
	if n.gt.IsValid() {
		lo, hasLo = integer(n.gt)+1, true
	}
	if n.gte.IsValid() {
		lo, hasLo = integer(n.gte), true
	}
	if n.lt.IsValid() {
		hi, hasHi = integer(n.lt)-1, true
	}
	if n.lte.IsValid() {
		hi, hasHi = integer(n.lte), true
	}
	return
}

// intRules: 32-bit integers are JSON numbers (type integer): inclusive bounds (an
// exclusive bound of an integer is the next integer's inclusive one), fixed values.
func (c *constrainer) intRules(schema *object, fd protoreflect.FieldDescriptor, n *numeric) {
	if n == nil {
		return
	}
	lo, hi, hasLo, hasHi := n.bounds()
	if hasLo && hasHi && lo > hi {
		c.note("%s: a range outside its bounds", fd.FullName())
	} else {
		if hasLo {
			schema.set("minimum", num(lo))
		}
		if hasHi {
			schema.set("maximum", num(hi))
		}
	}
	c.sets(schema, fd, n, func(v protoreflect.Value) any { return num(integer(v)) })
}

// int64Rules: 64-bit integers are JSON strings of digits; a lower bound from -9 to 1
// and no upper bound is a pattern (at most 18 digits: every such int64 below 10^18,
// all the ids WeChat hands out).
func (c *constrainer) int64Rules(schema *object, fd protoreflect.FieldDescriptor, n *numeric) {
	if n == nil {
		return
	}
	lo, _, hasLo, hasHi := n.bounds()
	switch {
	case hasLo && !hasHi && lo >= -9 && lo <= 1:
		alts := []string{"[1-9][0-9]{0,17}"}
		if lo <= 0 {
			alts = append([]string{"0"}, alts...)
		}
		if lo == -1 {
			alts = append([]string{"-1"}, alts...)
		} else if lo < -1 {
			alts = append([]string{fmt.Sprintf("-[1-%d]", -lo)}, alts...)
		}
		if len(alts) == 1 {
			schema.set("pattern", "^"+alts[0]+"$")
		} else {
			schema.set("pattern", "^("+strings.Join(alts, "|")+")$")
		}
	case hasLo || hasHi:
		c.note("%s: bounds of a 64-bit integer (a JSON string)", fd.FullName())
	}
	c.sets(schema, fd, n, func(v protoreflect.Value) any { return strconv.FormatInt(integer(v), 10) })
}

// floatRules: bounds, exclusive where the rule is.
func (c *constrainer) floatRules(schema *object, fd protoreflect.FieldDescriptor, n *numeric) {
	if n == nil {
		return
	}
	var lo, hi protoreflect.Value
	exLo, exHi := false, false
	switch {
	case n.gt.IsValid():
		lo, exLo = n.gt, true
	case n.gte.IsValid():
		lo = n.gte
	}
	switch {
	case n.lt.IsValid():
		hi, exHi = n.lt, true
	case n.lte.IsValid():
		hi = n.lte
	}
	if lo.IsValid() && hi.IsValid() && float(lo) > float(hi) {
		c.note("%s: a range outside its bounds", fd.FullName())
		return
	}
	if lo.IsValid() {
		schema.set("minimum", float(lo))
		if exLo {
			schema.set("exclusiveMinimum", true)
		}
	}
	if hi.IsValid() {
		schema.set("maximum", float(hi))
		if exHi {
			schema.set("exclusiveMaximum", true)
		}
	}
	c.sets(schema, fd, n, func(v protoreflect.Value) any { return float(v) })
}

// sets: const and in are the enum keyword; not_in is noted.
func (c *constrainer) sets(schema *object, fd protoreflect.FieldDescriptor, n *numeric, conv func(protoreflect.Value) any) {
	switch {
	case n.konst.IsValid():
		schema.set("enum", []any{conv(n.konst)})
	case len(n.in) > 0:
		var vals []any
		for _, v := range n.in {
			vals = append(vals, conv(v))
		}
		schema.set("enum", vals)
	}
	if len(n.notIn) > 0 {
		c.note("%s: values it may not be", fd.FullName())
	}
}

// enumValues keeps in schema's enum the values of fd's enum that break none of its
// rules (defined_only, in, not_in, const, required), asked of protovalidate with a
// message holding each, and drops a default it no longer lists. A property whose
// enum is a $ref to the enum's definition (shared with the answers, which may hold
// any value) gets the enum inline instead, with the definition's list of what the
// values mean, when its rules refuse some.
func (c *constrainer) enumValues(schema *object, fd protoreflect.FieldDescriptor) error {
	if fd.Kind() != protoreflect.EnumKind || fieldRules(fd) == nil {
		return nil
	}
	var def *object // the enum's definition, for a $ref
	listed, ok := schema.vals["enum"].([]any)
	if !ok {
		if def = c.defs.obj(refName(schema)); def == nil {
			return nil
		}
		if listed, ok = def.vals["enum"].([]any); !ok {
			return nil
		}
	}
	allowed := map[string]bool{}
	values := fd.Enum().Values()
	for i := range values.Len() {
		v := values.Get(i)
		msg := dynamicpb.NewMessage(fd.ContainingMessage())
		if fd.IsList() {
			msg.Mutable(fd).List().Append(protoreflect.ValueOfEnum(v.Number()))
		} else {
			msg.Set(fd, protoreflect.ValueOfEnum(v.Number()))
		}
		bad, err := c.violates(msg, fd)
		if err != nil {
			return err
		}
		allowed[string(v.Name())] = !bad
	}
	var keep []any
	for _, name := range listed {
		if s, _ := name.(string); allowed[s] {
			keep = append(keep, name)
		}
	}
	if len(keep) == 0 {
		return fmt.Errorf("%s: no value of %s passes its rules", fd.FullName(), fd.Enum().FullName())
	}
	if len(keep) == len(listed) {
		return nil
	}
	if def == nil {
		schema.set("enum", keep)
		if d, ok := schema.get("default"); ok {
			if s, _ := d.(string); !allowed[s] {
				schema.del("default")
			}
		}
		return nil
	}
	inline := newObject()
	for _, k := range schema.keys {
		if k != "$ref" {
			inline.set(k, schema.vals[k])
			continue
		}
		inline.set("type", def.vals["type"])
		inline.set("enum", keep)
	}
	var meanings []string // the definition's " - NAME: what it means" lines
	for line := range strings.SplitSeq(def.str("description"), "\n") {
		name, _, ok := strings.Cut(strings.TrimPrefix(line, " - "), ":")
		if strings.HasPrefix(line, " - ") && ok && allowed[name] {
			meanings = append(meanings, line)
		}
	}
	if len(meanings) > 0 {
		desc := inline.str("description")
		if desc != "" {
			desc += "\n\n"
		}
		inline.set("description", desc+strings.Join(meanings, "\n"))
	}
	*schema = *inline
	return nil
}

// required says whether fd must be sent: its zero value, which is what proto3 makes
// of an absent field, breaks its rules (protovalidate's say; a field with presence,
// in a oneof, or ignored when zero is required only when its rules say required).
func (c *constrainer) required(fd protoreflect.FieldDescriptor) (bool, error) {
	if fieldRules(fd) == nil {
		return false, nil
	}
	return c.violates(dynamicpb.NewMessage(fd.ContainingMessage()), fd)
}

// violates says whether msg breaks a rule of its field fd (rules of other fields and
// of the message as a whole do not count).
func (c *constrainer) violates(msg proto.Message, fd protoreflect.FieldDescriptor) (bool, error) {
	err := c.validator.Validate(msg)
	if err == nil {
		return false, nil
	}
	var ve *protovalidate.ValidationError
	if !errors.As(err, &ve) {
		return false, fmt.Errorf("validating %s: %w", fd.ContainingMessage().FullName(), err)
	}
	for _, v := range ve.Violations {
		if els := v.Proto.GetField().GetElements(); len(els) > 0 && els[0].GetFieldNumber() == int32(fd.Number()) {
			return true, nil
		}
	}
	return false, nil
}

// num is an integer for the spec, written as Go writes it.
func num[T int64 | uint64 | int32 | uint32](v T) any {
	return json.Number(fmt.Sprint(v))
}

// float is a float or double rule value.
func float(v protoreflect.Value) float64 {
	if f, ok := v.Interface().(float32); ok {
		return float64(f)
	}
	return v.Float()
}

func anys(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
