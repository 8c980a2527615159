use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Message id (or `id.attribute`) -> the variables its pattern uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn shape(lang: Lang) -> Shape {
    let resource = match fluent_syntax::parser::parse(lang.catalogue()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("i18n/{}.ftl does not parse: {errors:?}", lang.code()),
    };
    let mut out = Shape::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                let dup = out.insert(m.id.name.to_string(), vars);
                assert!(dup.is_none(), "{}.ftl: {} twice", lang.code(), m.id.name);
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    pattern_vars(&a.value, &mut vars);
                    out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
            }
            ast::Entry::Term(t) => {
                let mut vars = BTreeSet::new();
                pattern_vars(&t.value, &mut vars);
                out.insert(format!("-{}", t.id.name), vars);
            }
            ast::Entry::Junk { content } => {
                panic!("i18n/{}.ftl: cannot read {content:?}", lang.code())
            }
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for p in &arguments.positional {
                inline_vars(p, vars);
            }
            for n in &arguments.named {
                inline_vars(&n.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = shape(Lang::En);
    assert!(english.len() > 10, "the English catalogue is nearly empty");
    for lang in &Lang::ALL[1..] {
        let other = shape(*lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        assert!(extra.is_empty(), "{lang}.ftl has unknown {extra:?}");
        for (id, vars) in &english {
            // Terms are language-internal (grammar); their arguments may differ.
            if id.starts_with('-') {
                continue;
            }
            assert_eq!(
                &other[id], vars,
                "{lang}.ftl: {id} takes other arguments than in en.ftl"
            );
        }
    }
}

#[test]
fn every_catalogue_formats_without_errors() {
    for lang in Lang::ALL {
        let bundle = &bundles()[lang.index()];
        let resource = fluent_syntax::parser::parse(lang.catalogue()).unwrap();
        for entry in &resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            let mut args = FluentArgs::new();
            for v in &vars {
                args.set(v.clone(), FluentValue::from(2));
            }
            let message = bundle.get_message(m.id.name).unwrap();
            if let Some(p) = message.value() {
                let mut errors = Vec::new();
                bundle.format_pattern(p, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang}: {}: {errors:?}", m.id.name);
            }
        }
    }
}

/// Every `t!("id")` and `text("id")` in the source names a message.
#[test]
fn every_id_the_code_asks_for_exists() {
    let english = shape(Lang::En);
    let mut missing = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                // This module names ids in its docs and in these tests.
                if !path.ends_with("i18n") {
                    stack.push(path);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for opener in ["t!(\"", "note!(\"", "i18n::text(\"", "text_in(lang, \""] {
                for (at, _) in source.match_indices(opener) {
                    let before = source[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue; // `format!(`, `print!(`
                    }
                    let rest = &source[at + opener.len()..];
                    let Some(end) = rest.find('"') else { continue };
                    let id = &rest[..end];
                    if !english.contains_key(id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "not in i18n/en.ftl: {missing:#?}");
}

#[test]
fn languages_parse_as_users_write_them() {
    assert_eq!(Lang::parse("sv"), Some(Lang::Sv));
    assert_eq!(Lang::parse("sv_SE.UTF-8"), Some(Lang::Sv));
    assert_eq!(Lang::parse("NB-no"), Some(Lang::Nb));
    assert_eq!(Lang::parse("no"), Some(Lang::Nb));
    assert_eq!(Lang::parse("fi"), Some(Lang::Fi));
    assert_eq!(Lang::parse("de"), None);
    assert_eq!(Lang::parse(""), None);
}

#[test]
fn plurals_follow_each_language() {
    let cases = [
        (Lang::En, 1, "1 objective"),
        (Lang::En, 2, "2 objectives"),
        (Lang::Sv, 1, "1 mål"),
        (Lang::Sv, 3, "3 mål"),
        (Lang::Fi, 1, "1 tavoite"),
        (Lang::Fi, 2, "2 tavoitetta"),
    ];
    for (lang, n, want) in cases {
        assert_eq!(text_in(lang, "count-objectives", &[("n", n.into())]), want);
    }
}

#[test]
fn counts_use_the_locale_digits() {
    let _g = scoped(Lang::Sv);
    assert_eq!(t!("count-objectives", n = 1234usize), "1\u{a0}234 mål");
}

#[test]
fn the_thread_scope_is_restored() {
    {
        let _g = scoped(Lang::Fi);
        assert_eq!(current(), Lang::Fi);
        {
            let _h = scoped(Lang::Da);
            assert_eq!(current(), Lang::Da);
        }
        assert_eq!(current(), Lang::Fi);
    }
    assert_eq!(current(), Lang::En);
}

#[test]
fn months_have_names() {
    let _g = scoped(Lang::Sv);
    assert_eq!(month(3), "mars");
    assert_eq!(month_short(12), "dec");
    let _g = scoped(Lang::En);
    assert_eq!(month(3), "March");
}
