/* test-compiled.c — the compiled rule packs, taxonomy, verbs and spelling lexicon say what
 * their JSON says
 *
 * Copyright 2026 The Resume Coach developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The program starts from data compiled at build time (rc-compile-data); the JSON it came
 * from is still in the core's resource. Each test loads both and compares what a user would
 * see: every report on every resume the tests hold, every lookup of every entry. The stale
 * tests compile the JSON again here and compare the bytes with the ones built in.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "rc-compiled-data.h"
#include "rc-core-resources.h"
#include "rc-engine.h"
#include "rc-rule-set-private.h"
#include "rc-spell.h"
#include "rc-taxonomy-private.h"
#include "rc-test-util.h"
#include "rc-verbs.h"

#define CORE "/io/github/resumecoach/ResumeCoach/core/"

static void
assert_bytes_equal (GBytes     *built_in,
                    GBytes     *fresh,
                    const char *what)
{
  if (!g_bytes_equal (built_in, fresh))
    g_error ("the compiled %s built into the program are stale: compiling the JSON now gives "
             "other bytes (%" G_GSIZE_FORMAT " built in, %" G_GSIZE_FORMAT " now)", what,
             g_bytes_get_size (built_in), g_bytes_get_size (fresh));
}

static GBytes *
built_in (const char *name)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = rc_compiled_data_lookup (name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* Rules ------------------------------------------------------------------------------------- */

static void
collect_resumes (const char *dir,
                 GPtrArray  *paths)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_resumes (path, paths);
      else if (g_str_has_suffix (name, ".json"))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
assert_same_info (const RcRuleInfo *a,
                  const RcRuleInfo *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpint (a->level, ==, b->level);
  g_assert_cmpstr (a->kind, ==, b->kind);
  g_assert_cmpstr (a->scope, ==, b->scope);
  g_assert_cmpstr (a->message, ==, b->message);
  g_assert_cmpstr (a->advice, ==, b->advice);
  g_assert_cmpstr (a->fix, ==, b->fix);
  g_assert_cmpstr (a->tip, ==, b->tip);
  g_assert_cmpstr (a->place, ==, b->place);
  g_assert_cmpstr (a->source, ==, b->source);
  g_assert_cmpstr (a->check, ==, b->check);
  g_assert_cmpstr (a->label, ==, b->label);
  g_assert_cmpint (a->category, ==, b->category);
  g_assert_cmpfloat (a->weight, ==, b->weight);
  g_assert_cmpint (a->builtin, ==, b->builtin);
}

static void
assert_same_report (RcReport   *a,
                    RcReport   *b,
                    const char *path)
{
  GPtrArray *fa = rc_report_get_findings (a), *fb = rc_report_get_findings (b);

  g_test_message ("%s: %u findings, score %u", path, fa->len, rc_report_get_score (a));
  g_assert_cmpuint (fa->len, ==, fb->len);
  for (guint i = 0; i < fa->len; i++)
    {
      const RcFinding *x = g_ptr_array_index (fa, i), *y = g_ptr_array_index (fb, i);

      g_assert_cmpstr (x->rule_id, ==, y->rule_id);
      g_assert_cmpstr (x->pointer, ==, y->pointer);
      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
      g_assert_cmpint (x->level, ==, y->level);
      g_assert_cmpstr (x->message, ==, y->message);
      g_assert_cmpstr (x->advice, ==, y->advice);
      g_assert_cmpstr (x->fix, ==, y->fix);
      g_assert_cmpstr (x->tip, ==, y->tip);
      g_assert_cmpstr (x->match, ==, y->match);
      g_assert_cmpstr (x->place, ==, y->place);
    }
  g_assert_cmpuint (rc_report_get_score (a), ==, rc_report_get_score (b));
  for (guint c = 0; c < RC_N_CATEGORIES; c++)
    g_assert_cmpuint (rc_report_get_category_score (a, (RcCategory) c), ==,
                      rc_report_get_category_score (b, (RcCategory) c));
}

/* the verbs' words stored with the compiled packs are the ones the JSON's rules index: the
 * same lexicon, every word the same verb, forms and flags, the same phrases after them */
static void
test_compiled_rules_same_words (void)
{
  g_autoptr(RcRuleSet) from_json = rc_rule_set_new_builtin_from_json ();
  g_autoptr(RcRuleSet) compiled = rc_rule_set_new_builtin ();
  const RcCompiled *a = rc_rule_set_get_compiled (from_json);
  const RcCompiled *b = rc_rule_set_get_compiled (compiled);
  guint n = rc_lexicon_get_size (a->lexicon);

  g_assert_cmpuint (n, >, 2000);
  g_assert_cmpuint (rc_lexicon_get_size (b->lexicon), ==, n);
  g_assert_cmpuint (b->words->len, ==, a->words->len);
  for (guint i = 0; i < n; i++)
    {
      const RcWord *wa = rc_compiled_word (a, (gint32) i);
      const RcWord *wb = rc_compiled_word (b, (gint32) i);
      const char *word = rc_lexicon_get_word (a->lexicon, i);

      g_assert_cmpstr (rc_lexicon_get_word (b->lexicon, i), ==, word);
      g_assert_cmpint (rc_lexicon_lookup (b->lexicon, word, strlen (word),
                                          rc_text_hash (word, strlen (word))), ==, (gint) i);
      g_assert_cmpint (wb->verb, ==, wa->verb);
      g_assert_cmpuint (wb->forms, ==, wa->forms);
      g_assert_cmpuint (wb->flags, ==, wa->flags);
      g_assert_cmpuint (wb->n_first, ==, wa->n_first);
      g_assert_cmpuint (wb->first, ==, wa->first);
    }
  g_assert_cmpuint (b->phrases->len, ==, a->phrases->len);
  g_assert_cmpuint (b->candidates->len, ==, a->candidates->len);
}

/* every resume in tests/data and data/samples gets the same report from both rule sets */
static void
test_compiled_rules_same_findings (void)
{
  g_autoptr(RcRuleSet) from_json = rc_rule_set_new_builtin_from_json ();
  g_autoptr(RcRuleSet) compiled = rc_rule_set_new_builtin ();
  g_autoptr(RcEngine) engine_json = rc_engine_new (from_json);
  g_autoptr(RcEngine) engine_compiled = rc_engine_new (compiled);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *data_dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
  guint checked = 0;

  g_assert_cmpuint (rc_rule_set_get_n_rules (compiled), >=, 35);
  g_assert_cmpuint (rc_rule_set_get_n_rules (compiled), ==, rc_rule_set_get_n_rules (from_json));
  for (guint i = 0; i < rc_rule_set_get_n_rules (compiled); i++)
    {
      assert_same_info (rc_rule_set_get_rule (compiled, i), rc_rule_set_get_rule (from_json, i));
      /* what the compiled packs leave out */
      g_assert_null (rc_rule_set_get_rule (compiled, i)->fires);
    }

  collect_resumes (data_dir, paths);
  collect_resumes (samples, paths);
  g_ptr_array_sort (paths, compare_paths);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RcDocument) document = NULL;
      g_autoptr(RcReport) a = NULL, b = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      /* postings, compat tables and files made to be refused are not resumes */
      document = rc_document_new_from_data (text, (gssize) length, &error);
      if (document == NULL)
        continue;
      a = rc_engine_check (engine_compiled, document, NULL);
      b = rc_engine_check (engine_json, document, NULL);
      assert_same_report (a, b, path);
      checked++;
    }
  /* the fixtures of tests/data/real, the engine's, the PDF's and the sample at least */
  g_assert_cmpuint (checked, >=, 20);
}

static void
test_compiled_rules_not_stale (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) fresh = rc_rule_set_compile_builtin (&error);
  g_autoptr(GBytes) bytes = built_in (RC_RULES_COMPILED_RESOURCE);

  g_assert_no_error (error);
  assert_bytes_equal (bytes, fresh, "rule packs");
}

/* a user's pack is read from JSON on top of the compiled set, with the same errors */
static void
test_compiled_rules_user_pack (void)
{
  g_autoptr(RcRuleSet) rules = rc_rule_set_new_builtin ();
  g_autoptr(GError) error = NULL;
  guint n = rc_rule_set_get_n_rules (rules);
  static const char pack[] =
    "{ \"rules\": [ { \"id\": \"mine.synergy\", \"level\": \"warning\", \"scope\": \"bullet\",\n"
    "  \"kind\": \"phrases\", \"phrases\": [\"synergy\"], \"message\": \"No synergy\",\n"
    "  \"advice\": \"Say what you did\" } ] }";
  g_autoptr(RcDocument) document = NULL;
  g_autoptr(RcEngine) engine = NULL;
  g_autoptr(RcReport) report = NULL;

  /* a built-in id is taken */
  g_assert_false (rc_rule_set_load_pack_from_data (rules,
    "{ \"rules\": [ { \"id\": \"style.buzzword\", \"level\": \"warning\", \"scope\": \"bullet\", "
    "\"kind\": \"phrases\", \"phrases\": [\"x\"], \"message\": \"m\", \"advice\": \"a\" } ] }",
    -1, "taken.json", &error));
  g_assert_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* a broken pack names its file and line */
  g_assert_false (rc_rule_set_load_pack_from_data (rules, "{ \"rules\": [\n  { \"id\": }\n] }",
                                                   -1, "broken.json", &error));
  g_assert_error (error, RC_RULE_SET_ERROR, RC_RULE_SET_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "broken.json:2:"));
  g_clear_error (&error);
  g_assert_cmpuint (rc_rule_set_get_n_rules (rules), ==, n);

  g_assert_true (rc_rule_set_load_pack_from_data (rules, pack, -1, "mine.json", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rc_rule_set_get_n_rules (rules), ==, n + 1);
  engine = rc_engine_new (rules);
  document = rc_test_document_from_data (
    "{\"work\": [{\"name\": \"Acme\", \"highlights\": [\"Drove synergy across teams\"]}]}");
  report = rc_engine_check (engine, document, NULL);
  g_assert_nonnull (rc_test_find_finding (report, "mine.synergy", "/work/0/highlights/0"));
}

/* Taxonomy ---------------------------------------------------------------------------------- */

static RcTaxonomy *
taxonomy_from_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = g_resource_lookup_data (rc_core_get_resource (), CORE "skills.json",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  RcTaxonomy *taxonomy;

  g_assert_no_error (error);
  taxonomy = rc_taxonomy_new_from_bytes (json, &error);
  g_assert_no_error (error);
  return taxonomy;
}

static void
assert_same_strv (const char * const *a,
                  const char * const *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a != NULL)
    g_assert_true (g_strv_equal (a, b));
}

static void
assert_same_skill_list (GPtrArray *a,
                        GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const RcSkill *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

      /* a closure ends with NULL */
      g_assert_true ((x == NULL) == (y == NULL));
      if (x != NULL)
        g_assert_cmpstr (x->id, ==, y->id);
    }
}

static void
assert_same_lookup (RcTaxonomy *a,
                    RcTaxonomy *b,
                    const char *term)
{
  const RcSkill *x = rc_taxonomy_lookup (a, term), *y = rc_taxonomy_lookup (b, term);

  g_assert_nonnull (x);
  g_assert_nonnull (y);
  g_assert_cmpstr (x->id, ==, y->id);
}

static void
assert_same_mentions (RcTaxonomy *a,
                      RcTaxonomy *b,
                      const char *text)
{
  g_autoptr(GArray) x = rc_taxonomy_find (a, text), y = rc_taxonomy_find (b, text);

  g_assert_cmpuint (x->len, ==, y->len);
  for (guint i = 0; i < x->len; i++)
    {
      const RcSkillMention *m = &g_array_index (x, RcSkillMention, i);
      const RcSkillMention *n = &g_array_index (y, RcSkillMention, i);

      g_assert_cmpstr (m->skill->id, ==, n->skill->id);
      g_assert_cmpuint (m->start, ==, n->start);
      g_assert_cmpuint (m->end, ==, n->end);
      g_assert_cmpint (m->canonical, ==, n->canonical);
    }
}

/* every skill, spelling and category answers the same from the compiled taxonomy */
static void
test_compiled_taxonomy_same (void)
{
  g_autoptr(RcTaxonomy) json = taxonomy_from_json ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RcTaxonomy) compiled = rc_taxonomy_new_compiled (&error);
  GPtrArray *skills = rc_taxonomy_get_skills (json);
  GPtrArray *categories = rc_taxonomy_get_categories (json);
  g_autoptr(GString) all = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_nonnull (compiled);

  g_assert_cmpuint (categories->len, ==, rc_taxonomy_get_categories (compiled)->len);
  for (guint i = 0; i < categories->len; i++)
    {
      const RcSkillCategory *c = g_ptr_array_index (categories, i);
      const RcSkillCategory *d = rc_taxonomy_get_category (compiled, c->id);

      g_assert_nonnull (d);
      g_assert_cmpstr (c->title, ==, d->title);
      g_assert_cmpstr (c->description, ==, d->description);
      g_assert_cmpint (c->hard, ==, d->hard);
    }

  g_assert_cmpuint (skills->len, >=, 500);
  g_assert_cmpuint (skills->len, ==, rc_taxonomy_get_skills (compiled)->len);
  for (guint i = 0; i < skills->len; i++)
    {
      const Skill *s = g_ptr_array_index (skills, i);
      const Skill *t = (const Skill *) rc_taxonomy_get_skill (compiled, s->id);

      g_assert_nonnull (t);
      g_assert_cmpuint (s->pub.index, ==, t->pub.index);
      g_assert_cmpstr (s->name, ==, t->name);
      g_assert_cmpstr (s->category, ==, t->category);
      g_assert_cmpstr (s->language, ==, t->language);
      g_assert_cmpstr (s->parent, ==, t->parent);
      g_assert_cmpint (s->pub.hard, ==, t->pub.hard);
      g_assert_cmpint (s->pub.basic, ==, t->pub.basic);
      g_assert_cmpint (s->pub.dictionary_word, ==, t->pub.dictionary_word);
      assert_same_strv ((const char * const *) s->aliases, (const char * const *) t->aliases);
      assert_same_strv ((const char * const *) s->phrases, (const char * const *) t->phrases);
      assert_same_strv ((const char * const *) s->frameworks,
                        (const char * const *) t->frameworks);
      assert_same_strv ((const char * const *) s->implies, (const char * const *) t->implies);
      assert_same_strv ((const char * const *) s->together, (const char * const *) t->together);
      assert_same_strv ((const char * const *) s->before, (const char * const *) t->before);
      assert_same_strv ((const char * const *) s->after, (const char * const *) t->after);
      assert_same_strv ((const char * const *) s->not_after, (const char * const *) t->not_after);
      assert_same_strv ((const char * const *) s->not_before,
                        (const char * const *) t->not_before);
      /* the implications, nearest first, and the skills implying it */
      assert_same_skill_list (s->implied, t->implied);
      assert_same_skill_list (rc_taxonomy_get_implying (json, s->id),
                              rc_taxonomy_get_implying (compiled, s->id));

      assert_same_lookup (json, compiled, s->name);
      for (guint k = 0; s->aliases[k] != NULL; k++)
        assert_same_lookup (json, compiled, s->aliases[k]);
      for (guint k = 0; s->phrases[k] != NULL; k++)
        assert_same_lookup (json, compiled, s->phrases[k]);
      /* each spelling in a sentence: the finder's terms, their flags and order */
      g_string_append_printf (all, "Built %s with %s and %s. ", s->name,
                              s->aliases[0] != NULL ? s->aliases[0] : s->name,
                              s->phrases[0] != NULL ? s->phrases[0] : "tests");
    }
  assert_same_mentions (json, compiled, all->str);
  assert_same_mentions (json, compiled, "Led the team on Go and Rust; wrote C++ and C# for .NET "
                                        "services on Kubernetes (k8s), Postgres and AWS Lambda");
  assert_same_strv ((const char * const *) json->stack_labels,
                    (const char * const *) compiled->stack_labels);
}

static void
test_compiled_taxonomy_not_stale (void)
{
  g_autoptr(RcTaxonomy) json = taxonomy_from_json ();
  g_autoptr(GBytes) fresh = rc_taxonomy_to_compiled (json);
  g_autoptr(GBytes) bytes = built_in (RC_TAXONOMY_COMPILED_RESOURCE);

  assert_bytes_equal (bytes, fresh, "taxonomy");
}

/* a compiled file that is cut is refused, not half read */
static void
test_compiled_taxonomy_cut (void)
{
  g_autoptr(GBytes) bytes = built_in (RC_TAXONOMY_COMPILED_RESOURCE);
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (bytes, 0, g_bytes_get_size (bytes) / 2);
  g_autoptr(RcTaxonomy) taxonomy = g_object_new (RC_TYPE_TAXONOMY, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (rc_taxonomy_load_compiled (taxonomy, cut, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

/* Verbs ------------------------------------------------------------------------------------- */

static void
assert_same_set (GHashTable *a,
                 GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  g_assert_cmpuint (g_hash_table_size (a), >, 0);
  g_assert_cmpuint (g_hash_table_size (a), ==, g_hash_table_size (b));
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (g_hash_table_contains (b, key));
}

/* every verb, form and word list answers the same from the compiled verbs */
static void
test_compiled_verbs_same (void)
{
  RcVerbs *json = rc_verbs_new_from_json (rc_verbs_get_data ());
  g_autoptr(GError) error = NULL;
  RcVerbs *compiled = rc_verbs_new_compiled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (compiled);
  g_assert_cmpuint (json->verbs->len, >=, 300);
  g_assert_cmpuint (json->verbs->len, ==, compiled->verbs->len);
  for (guint i = 0; i < json->verbs->len; i++)
    {
      const RcVerb *v = &g_array_index (json->verbs, RcVerb, i);
      const RcVerb *w = &g_array_index (compiled->verbs, RcVerb, i);

      for (guint f = 0; f < RC_N_VERB_FORMS; f++)
        {
          guint forms_a = 0, forms_b = 0;
          const RcVerb *x, *y;

          g_assert_cmpstr (v->forms[f], ==, w->forms[f]);
          if (v->forms[f] == NULL)
            continue;
          x = rc_verbs_lookup_form (json, v->forms[f], &forms_a);
          y = rc_verbs_lookup_form (compiled, v->forms[f], &forms_b);
          g_assert_nonnull (x);
          g_assert_nonnull (y);
          g_assert_cmpint (x - &g_array_index (json->verbs, RcVerb, 0), ==,
                           y - &g_array_index (compiled->verbs, RcVerb, 0));
          g_assert_cmpuint (forms_a, ==, forms_b);
        }
      g_assert_true (rc_verbs_lookup (compiled, v->forms[RC_VERB_FORM_BASE]) ==
                     &g_array_index (compiled->verbs, RcVerb,
                                     rc_verbs_lookup (json, v->forms[RC_VERB_FORM_BASE]) -
                                     &g_array_index (json->verbs, RcVerb, 0)));
      g_assert_cmpint (v->category, ==, w->category);
      assert_same_strv ((const char * const *) v->instead, (const char * const *) w->instead);
      g_assert_cmpstr (v->instead_text, ==, w->instead_text);
    }
  g_assert_cmpuint (json->categories->len, ==, compiled->categories->len);
  for (guint i = 0; i < json->categories->len; i++)
    {
      const RcVerbCategory *c = g_ptr_array_index (json->categories, i);
      const RcVerbCategory *d = g_ptr_array_index (compiled->categories, i);

      g_assert_cmpstr (c->id, ==, d->id);
      g_assert_cmpstr (c->name, ==, d->name);
      g_assert_cmpuint (c->verbs->len, ==, d->verbs->len);
      g_assert_cmpmem (c->verbs->data, c->verbs->len * sizeof (guint),
                       d->verbs->data, d->verbs->len * sizeof (guint));
    }
  assert_same_strv ((const char * const *) json->prefixes,
                    (const char * const *) compiled->prefixes);
  assert_same_strv ((const char * const *) json->ambiguous,
                    (const char * const *) compiled->ambiguous);
  assert_same_set (json->not_past, compiled->not_past);
  assert_same_set (json->natural_passives, compiled->natural_passives);
  assert_same_set (json->verb_evidence, compiled->verb_evidence);
  assert_same_set (json->noun_after, compiled->noun_after);
  /* the index of the forms, read back as it was made */
  g_assert_cmpuint (rc_lexicon_get_size (compiled->forms), ==, rc_lexicon_get_size (json->forms));
  for (guint i = 0; i < rc_lexicon_get_size (json->forms); i++)
    g_assert_cmpstr (rc_lexicon_get_word (compiled->forms, i), ==,
                     rc_lexicon_get_word (json->forms, i));
  g_assert_cmpmem (compiled->by_base->data, compiled->by_base->len * sizeof (guint32),
                   json->by_base->data, json->by_base->len * sizeof (guint32));
  g_assert_cmpmem (compiled->by_form->data, compiled->by_form->len * sizeof (guint32),
                   json->by_form->data, json->by_form->len * sizeof (guint32));
  {
    g_autoptr(JsonNode) a = json_node_init_array (json_node_alloc (), json->duty_phrases);
    g_autoptr(JsonNode) b = json_node_init_array (json_node_alloc (), compiled->duty_phrases);

    g_assert_cmpuint (json_array_get_length (json->duty_phrases), >, 0);
    g_assert_true (json_node_equal (a, b));
  }
  /* a regular past the data does not list, read with the compiled word lists */
  g_assert_true (rc_verbs_is_regular_past (compiled, "Quantized"));
  g_assert_false (rc_verbs_is_regular_past (compiled, "Claims"));
  rc_verbs_free (json);
  rc_verbs_free (compiled);
}

static void
test_compiled_verbs_not_stale (void)
{
  RcVerbs *json = rc_verbs_new_from_json (rc_verbs_get_data ());
  g_autoptr(GBytes) fresh = rc_verbs_to_compiled (json, rc_verbs_get_data ());
  g_autoptr(GBytes) bytes = built_in (RC_VERBS_COMPILED_RESOURCE);

  assert_bytes_equal (bytes, fresh, "verbs");
  rc_verbs_free (json);
}

/* compiled verbs of another layout are refused, not misread */
static void
test_compiled_verbs_refused (void)
{
  g_autoptr(GBytes) taxonomy = built_in (RC_TAXONOMY_COMPILED_RESOURCE);
  g_autoptr(GError) error = NULL;

  g_assert_null (rc_verbs_new_from_compiled (taxonomy, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

/* Spelling ---------------------------------------------------------------------------------- */

static const char * const no_languages[] = { NULL };

/* The default speller reads its lexicon and names from the compiled form: every name and
 * alias of the taxonomy, every word of their wordings and a mistyped form of each name get
 * the same answer as from a speller built from the JSON, and writing it out again gives the
 * same bytes (the near-misses' order kept) */
static void
test_compiled_spelling_same (void)
{
  g_autoptr(RcTaxonomy) taxonomy = taxonomy_from_json ();
  RcSpell *json = rc_spell_new (taxonomy, no_languages);
  RcSpell *compiled = rc_spell_get_default ();
  g_autoptr(GBytes) from_json = rc_spell_to_compiled (json);
  g_autoptr(GBytes) from_compiled = rc_spell_to_compiled (compiled);
  GPtrArray *skills = rc_taxonomy_get_skills (taxonomy);
  guint near_misses = 0;
  RcTokens tokens;

  g_assert_true (g_bytes_equal (from_json, from_compiled));
  rc_tokens_init (&tokens);
  g_assert_cmpuint (skills->len, >, 500);
  for (guint i = 0; i < skills->len; i++)
    {
      const RcSkill *skill = g_ptr_array_index (skills, i);
      const char *name = skill->name;
      gsize len = strlen (name);
      g_autofree char *mistyped = g_strndup (name, len - 1);

      g_assert_cmpstr (rc_spell_lookup_name (json, name, len), ==,
                       rc_spell_lookup_name (compiled, name, len));
      g_assert_cmpstr (rc_spell_lookup_name (compiled, name, len), !=, NULL);
      g_assert_cmpstr (rc_spell_near_miss (json, mistyped, len - 1), ==,
                       rc_spell_near_miss (compiled, mistyped, len - 1));
      near_misses += rc_spell_near_miss (compiled, mistyped, len - 1) != NULL;

      rc_tokenize (&tokens, name, len, NULL);
      for (guint t = 0; t < tokens.n_tokens; t++)
        if (tokens.tokens[t].flags & RC_TOKEN_WORD)
          {
            const char *folded = rc_tokens_folded (&tokens, t);
            gsize fold_len = tokens.tokens[t].fold_len;
            guint32 hash = rc_text_hash (folded, fold_len);

            g_assert_true (rc_spell_is_known (json, folded, fold_len, hash) ==
                           rc_spell_is_known (compiled, folded, fold_len, hash));
          }
    }
  /* the mistyped names were near-misses of something, as a user's typo would be */
  g_assert_cmpuint (near_misses, >, 100);
  g_assert_false (rc_spell_is_known (compiled, "kubernetesx", 11, rc_text_hash ("kubernetesx", 11)));
  rc_tokens_clear (&tokens);
  rc_spell_free (json);
}

static void
test_compiled_spelling_not_stale (void)
{
  g_autoptr(RcTaxonomy) taxonomy = taxonomy_from_json ();
  RcSpell *json = rc_spell_new (taxonomy, no_languages);
  g_autoptr(GBytes) fresh = rc_spell_to_compiled (json);
  g_autoptr(GBytes) bytes = built_in (RC_SPELL_COMPILED_RESOURCE);

  assert_bytes_equal (bytes, fresh, "spelling lexicon");
  rc_spell_free (json);
}

/* cut anywhere, or another compiled file, is refused */
static void
test_compiled_spelling_refused (void)
{
  g_autoptr(GBytes) bytes = built_in (RC_SPELL_COMPILED_RESOURCE);
  g_autoptr(GBytes) taxonomy = built_in (RC_TAXONOMY_COMPILED_RESOURCE);
  gsize size = g_bytes_get_size (bytes);
  const gsize cuts[] = { 40, size / 4, size / 2, size - 4 };

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_autoptr(GBytes) cut = g_bytes_new_from_bytes (bytes, 0, cuts[i]);
      g_autoptr(GError) error = NULL;

      g_assert_null (rc_spell_new_from_compiled (cut, no_languages, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (rc_spell_new_from_compiled (taxonomy, no_languages, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/compiled/rules/same-findings", test_compiled_rules_same_findings);
  g_test_add_func ("/core/compiled/rules/same-words", test_compiled_rules_same_words);
  g_test_add_func ("/core/compiled/rules/not-stale", test_compiled_rules_not_stale);
  g_test_add_func ("/core/compiled/rules/user-pack", test_compiled_rules_user_pack);
  g_test_add_func ("/core/compiled/taxonomy/same", test_compiled_taxonomy_same);
  g_test_add_func ("/core/compiled/taxonomy/not-stale", test_compiled_taxonomy_not_stale);
  g_test_add_func ("/core/compiled/taxonomy/cut", test_compiled_taxonomy_cut);
  g_test_add_func ("/core/compiled/verbs/same", test_compiled_verbs_same);
  g_test_add_func ("/core/compiled/verbs/not-stale", test_compiled_verbs_not_stale);
  g_test_add_func ("/core/compiled/verbs/refused", test_compiled_verbs_refused);
  g_test_add_func ("/core/compiled/spelling/same", test_compiled_spelling_same);
  g_test_add_func ("/core/compiled/spelling/not-stale", test_compiled_spelling_not_stale);
  g_test_add_func ("/core/compiled/spelling/refused", test_compiled_spelling_refused);
  return g_test_run ();
}
