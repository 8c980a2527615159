//! `okr digest`: the weekly update, as text and Markdown (snapshots) and as
//! Slack and Teams messages checked against the structure each service
//! documents (Block Kit; Adaptive Cards 1.4 in a webhook message).

use serde_json::Value;

use crate::util::*;

fn example() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("okrs.example.toml")
        .to_string_lossy()
        .into_owned()
}

fn digest(config: &str, args: &[&str]) -> String {
    let out = okr()
        .args(["digest", "-c", config, "--as-of", "2026-11-20"])
        .args(args)
        .output()
        .unwrap();
    assert_ok(&out);
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_weekly_digest_as_text_and_markdown() {
    let text = digest(&example(), &[]);
    assert!(text.contains("What moved since 2026-11-13"), "{text}");
    assert!(text.contains("Needs attention"));
    assert!(text.contains("owner marketing"));
    insta::assert_snapshot!("digest_text", text);
    insta::assert_snapshot!(
        "digest_markdown",
        digest(&example(), &["--format", "markdown"])
    );
}

/// Block Kit, as Slack documents it for messages: at most 50 blocks; a
/// header's plain_text at most 150 characters; a section's text at most
/// 3 000; a context at most 10 elements.
fn assert_block_kit(v: &Value) {
    let obj = v.as_object().expect("a message is an object");
    assert!(obj["text"].is_string(), "the fallback text");
    let blocks = obj["blocks"].as_array().expect("blocks");
    assert!(
        !blocks.is_empty() && blocks.len() <= 50,
        "{} blocks",
        blocks.len()
    );
    for b in blocks {
        let text_of = |t: &Value, kind: &str, max: usize| {
            assert_eq!(t["type"], kind, "{b}");
            let s = t["text"].as_str().expect("text");
            assert!(!s.is_empty() && s.chars().count() <= max, "{b}");
        };
        match b["type"].as_str().unwrap() {
            "header" => text_of(&b["text"], "plain_text", 150),
            "section" => text_of(&b["text"], "mrkdwn", 3000),
            "context" => {
                let elements = b["elements"].as_array().unwrap();
                assert!(!elements.is_empty() && elements.len() <= 10);
                for e in elements {
                    text_of(e, "mrkdwn", 3000);
                }
            }
            "divider" => assert_eq!(b.as_object().unwrap().len(), 1, "{b}"),
            other => panic!("unexpected block type {other}"),
        }
    }
}

/// An Adaptive Card 1.4 in the message a Teams webhook takes: TextBlocks
/// with the properties and values the schema allows.
fn assert_adaptive_card(v: &Value) {
    assert_eq!(v["type"], "message");
    let attachment = &v["attachments"][0];
    assert_eq!(
        attachment["contentType"],
        "application/vnd.microsoft.card.adaptive"
    );
    let card = &attachment["content"];
    assert_eq!(card["type"], "AdaptiveCard");
    assert_eq!(card["version"], "1.4");
    let body = card["body"].as_array().unwrap();
    assert!(!body.is_empty());
    for block in body {
        for (key, value) in block.as_object().unwrap() {
            let ok = match key.as_str() {
                "type" => value == "TextBlock",
                "text" => value.as_str().is_some_and(|s| !s.is_empty()),
                "wrap" | "isSubtle" | "separator" => value.is_boolean(),
                "size" => ["Small", "Default", "Medium", "Large", "ExtraLarge"]
                    .contains(&value.as_str().unwrap_or("")),
                "weight" => {
                    ["Lighter", "Default", "Bolder"].contains(&value.as_str().unwrap_or(""))
                }
                "spacing" => [
                    "None",
                    "Small",
                    "Default",
                    "Medium",
                    "Large",
                    "ExtraLarge",
                    "Padding",
                ]
                .contains(&value.as_str().unwrap_or("")),
                _ => false,
            };
            assert!(ok, "{key}: {value} in {block}");
        }
    }
}

#[test]
fn slack_and_teams_messages_have_the_documented_structure() {
    let slack: Value = serde_json::from_str(&digest(&example(), &["--format", "slack"])).unwrap();
    assert_block_kit(&slack);
    let teams: Value = serde_json::from_str(&digest(&example(), &["--format", "teams"])).unwrap();
    assert_adaptive_card(&teams);
}

#[test]
fn hostile_titles_cannot_mention_or_link_in_chat() {
    let config = fixture("report/hostile.toml");
    let config = config.to_str().unwrap();
    let slack = digest(config, &["--format", "slack", "--since", "2026-01-01"]);
    let v: Value = serde_json::from_str(&slack).unwrap();
    assert_block_kit(&v);
    // mrkdwn parses `<...>` as links and mentions: none may come from the
    // data (plain_text, the header's kind, shows it as it is).
    for b in v["blocks"].as_array().unwrap() {
        let mut texts = vec![&b["text"]];
        texts.extend(b["elements"].as_array().into_iter().flatten());
        for t in texts.into_iter().filter(|t| t["type"] == "mrkdwn") {
            let text = t["text"].as_str().unwrap();
            assert!(!text.contains('<') && !text.contains('>'), "{text}");
        }
    }
    assert!(slack.contains("&lt;script&gt;"), "{slack}");
    let teams: Value = serde_json::from_str(&digest(
        config,
        &["--format", "teams", "--since", "2026-01-01"],
    ))
    .unwrap();
    assert_adaptive_card(&teams);
    let md = digest(config, &["--format", "markdown", "--since", "2026-01-01"]);
    assert!(!md.contains("<script>"), "{md}");
}

#[test]
fn since_defaults_to_a_week_and_is_checked() {
    assert!(digest(&example(), &[]).contains("changes since 2026-11-13"));
    assert!(digest(&example(), &["--since", "2w"]).contains("changes since 2026-11-06"));
    okr()
        .args([
            "digest",
            "-c",
            &example(),
            "--as-of",
            "2026-11-20",
            "--since",
            "2026-12-01",
        ])
        .assert()
        .code(2);
}
