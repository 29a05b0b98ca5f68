#pragma once
// `varde-server --demo DIR`: a throwaway PostgreSQL cluster in DIR/postgres on a free loopback
// port (as root, the cluster runs as the postgres user, since initdb refuses root), a
// self-signed TLS certificate in DIR/tls, and a demo follow-up service. The cluster is stopped
// when this object goes.

#include "core/common/result.h"
#include "core/server/config.h"
#include "core/server/pg.h"

#include <filesystem>
#include <ostream>
#include <string>

namespace varde::server
{

class DemoCluster
{
public:
    static Result<DemoCluster> create(const std::filesystem::path &dir);
    DemoCluster(DemoCluster &&other) noexcept;
    DemoCluster &operator=(DemoCluster &&) = delete;
    ~DemoCluster();

    ServerConfig config() const;
    // The demo follow-up service, its patients, a nurse, a GP and a device token (once).
    Result<> seed(PgConnection &db);
    void printWelcome(std::ostream &out, int port) const;

private:
    DemoCluster() = default;
    std::filesystem::path m_dir;
    int m_pgPort = 0;
    bool m_running = false;
    std::string m_secret;
    std::string m_welcome;
};

} // namespace varde::server
