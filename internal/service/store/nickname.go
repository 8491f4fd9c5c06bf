package store

import (
	"fmt"
	"strings"

	"github.com/wxgate/wxgate/internal/badrequest"
)

// Nickname width limits of apply_merchant (seed 004: "名称长度为4-30个字符(中文算两个字符)").
const (
	minNicknameWidth = 4
	maxNicknameWidth = 30
)

// reservedWords may not appear in a nickname (85030 / 85033: "不能含有…“微信”等保留字").
// The seed names only 微信; WeChat's "等" (and so on) is its own to enforce.
var reservedWords = []string{"微信"}

// wideRanges are the characters that count 2 in a nickname: the East Asian Wide (W)
// and Fullwidth (F) blocks of Unicode's East Asian Width (UAX #11) — Hangul Jamo
// leading consonants, CJK radicals, punctuation, kana, bopomofo and compatibility
// blocks, CJK ideographs with extension A, Yi, Hangul syllables, CJK compatibility
// ideographs, CJK compatibility forms, fullwidth forms and the supplementary
// ideographic planes (extensions B and later): the blocks that hold Chinese,
// Japanese and Korean text. Everything else counts 1.
var wideRanges = [][2]rune{
	{0x1100, 0x115F},   // Hangul Jamo leading consonants
	{0x2E80, 0x303E},   // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
	{0x3041, 0x33FF},   // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed and compatibility
	{0x3400, 0x4DBF},   // CJK unified ideographs extension A
	{0x4E00, 0x9FFF},   // CJK unified ideographs
	{0xA000, 0xA4CF},   // Yi syllables and radicals
	{0xAC00, 0xD7A3},   // Hangul syllables
	{0xF900, 0xFAFF},   // CJK compatibility ideographs
	{0xFE30, 0xFE4F},   // CJK compatibility forms
	{0xFF00, 0xFF60},   // fullwidth ASCII variants and brackets
	{0xFFE0, 0xFFE6},   // fullwidth signs
	{0x20000, 0x2FFFD}, // supplementary ideographic plane
	{0x30000, 0x3FFFD}, // tertiary ideographic plane
}

// nicknameWidth is a name's width in WeChat's units: 2 for each wide character, 1
// for any other.
func nicknameWidth(name string) int {
	w := 0
	for _, r := range name {
		w++
		if isWide(r) {
			w++
		}
	}
	return w
}

func isWide(r rune) bool {
	for _, rg := range wideRanges {
		if rg[0] <= r && r <= rg[1] {
			return true
		}
	}
	return false
}

// checkNickname applies apply_merchant's name rules before WeChat sees the name, so
// that a bad name is INVALID_ARGUMENT naming the field rather than WeChat's 85030.
func checkNickname(name string) error {
	if w := nicknameWidth(name); w < minNicknameWidth || w > maxNicknameWidth {
		return badrequest.Field("nickname", fmt.Sprintf(
			"must be %d to %d width units, a Chinese character counting 2; %q is %d",
			minNicknameWidth, maxNicknameWidth, name, w))
	}
	for _, word := range reservedWords {
		if strings.Contains(name, word) {
			return badrequest.Field("nickname", fmt.Sprintf("must not contain the reserved word %q", word))
		}
	}
	return nil
}
