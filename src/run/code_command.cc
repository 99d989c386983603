#include "run/code_command.h"

#include <fstream>
#include <map>
#include <thread>

#include "pipeline/pipeline.h"
#include "run/progress.h"

namespace attache {
namespace {

constexpr size_t kBatchDocuments = 256;

class BatchCoder {
 public:
  BatchCoder(const Lexicon& lexicon, const CodeOptions& options, std::ostream& out, CodeSummary& summary,
             Progress& progress)
      : lexicon_(lexicon), options_(options), out_(out), summary_(summary), progress_(progress) {}

  void Add(Document&& doc) {
    batch_.push_back(std::move(doc));
    if (batch_.size() >= kBatchDocuments) Flush();
  }

  void Flush() {
    if (batch_.empty()) return;
    std::vector<std::string> texts(batch_.size());
    std::vector<size_t> sentences(batch_.size()), events(batch_.size());
    auto work = [&](size_t from, size_t step) {
      for (size_t i = from; i < batch_.size(); i += step) {
        Document& doc = batch_[i];
        CodeDocument(doc, lexicon_);
        WriteEvents(doc, lexicon_.cameo, options_.write, texts[i]);
        sentences[i] = doc.sentences.size();
        for (const Sentence& s : doc.sentences) events[i] += s.events.size();
        // Freed by the thread that made them: memory goes back to its own arena, and the
        // reading thread is not kept waiting.
        doc.sentences = {};
      }
    };
    unsigned n = std::max(1u, std::min<unsigned>(options_.threads, static_cast<unsigned>(batch_.size())));
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < n; ++t) workers.emplace_back(work, t, n);
    work(0, n);
    for (auto& w : workers) w.join();
    for (size_t i = 0; i < batch_.size(); ++i) {
      out_ << texts[i];
      ++summary_.documents;
      summary_.sentences += sentences[i];
      summary_.events += events[i];
    }
    batch_.clear();
    progress_.Update(summary_);
  }

 private:
  const Lexicon& lexicon_;
  const CodeOptions& options_;
  std::ostream& out_;
  CodeSummary& summary_;
  Progress& progress_;
  std::vector<Document> batch_;
};

}  // namespace

int RunCode(const Lexicon& lexicon, const CodeOptions& options, std::ostream& out, std::ostream& err,
            CodeSummary* summary_out) {
  CodeSummary summary;
  Progress progress(err, options.progress);
  BatchCoder coder(lexicon, options, out, summary, progress);
  std::ofstream rejects;
  if (!options.rejects_path.empty()) {
    rejects.open(options.rejects_path);
    if (!rejects) err << "attache: cannot write rejects to " << options.rejects_path << "\n";
  }
  ReadSinks sinks;
  sinks.on_document = [&](Document&& d) { coder.Add(std::move(d)); };
  sinks.on_reject = [&](Rejection&& r) {
    ++summary.rejected;
    err << "attache: rejected " << r.where << ": " << r.reason << "\n";
    if (rejects) {
      std::string line;
      line += "{\"where\":";
      AppendJsonString(line, r.where);
      line += ",\"reason\":";
      AppendJsonString(line, r.reason);
      line += ",\"content\":";
      AppendJsonString(line, r.content);
      rejects << line << "}\n";
    }
  };
  // The same warning for thousands of records ("no publication date") is said a few times,
  // then counted.
  constexpr size_t kWarningsShown = 5;
  std::map<std::string, size_t> warnings;
  sinks.on_warning = [&](Warning&& w) {
    if (++warnings[w.message] <= kWarningsShown)
      err << "attache: warning: " << w.where << ": " << w.message << "\n";
  };
  for (const std::string& path : options.inputs) ReadPath(path, options.read, sinks);
  coder.Flush();
  progress.Finish(summary);
  for (const auto& [message, count] : warnings)
    if (count > kWarningsShown)
      err << "attache: warning: " << count - kWarningsShown << " more like \"" << message << "\"\n";
  out.flush();
  if (summary_out) *summary_out = summary;
  return summary.rejected > 0 ? 1 : 0;
}

}  // namespace attache
